export { Badge, type BadgeProps, type BadgeTone } from './Badge';
export { Button, LinkButton, buttonClasses, type ButtonProps, type LinkButtonProps } from './Button';
export { Card, type CardProps } from './Card';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { ErrorState, type ErrorStateProps } from './ErrorState';
export { PageHeader, type PageHeaderProps } from './PageHeader';
export { cx } from './cx';
