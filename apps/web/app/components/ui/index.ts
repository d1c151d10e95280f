export { Alert, type AlertProps } from './Alert';
export { Badge, type BadgeProps, type BadgeTone } from './Badge';
export {
  Button,
  LinkButton,
  SubmitButton,
  buttonClasses,
  type ButtonProps,
  type LinkButtonProps,
  type SubmitButtonProps,
} from './Button';
export { Card, type CardProps } from './Card';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { ErrorState, type ErrorStateProps } from './ErrorState';
export {
  ChoiceField,
  SelectField,
  TextAreaField,
  TextField,
  type ChoiceFieldProps,
  type TextAreaFieldProps,
  type SelectFieldProps,
  type TextFieldProps,
} from './Field';
export { FoldOnPhone } from './FoldOnPhone';
export { Menu, menuItemClasses, type MenuProps } from './Menu';
export { PageHeader, type PageHeaderProps } from './PageHeader';
export { cx } from './cx';
export { SectionNav, type NavSection, type SectionNavProps } from './SectionNav';
