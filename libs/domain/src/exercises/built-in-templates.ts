import type { ExercisePrompt, ExerciseTemplateContent } from './exercise-vocabulary.js';

/**
 * The exercises that ship with Rebound (docs/domain.md, "Exercises"), in the order a coach
 * meets them. Keys are stable: insights suggest exercises by key, and organizations clone from them.
 */
export const BUILT_IN_TEMPLATE_KEYS = [
  'first-look',
  'deeper-review',
  'feedback-request-draft',
  'reframe',
  'success-stories',
  'company-research',
  'mock-interview',
  'skill-gap',
  'search-reset',
  'stay-in-touch',
  'cv-match',
] as const;
export type BuiltInTemplateKey = (typeof BUILT_IN_TEMPLATE_KEYS)[number];

export interface BuiltInExerciseTemplate extends ExerciseTemplateContent {
  key: BuiltInTemplateKey;
}

const text = (key: string, label: string, required: boolean, help?: string): ExercisePrompt =>
  help === undefined
    ? { key, type: 'free_text', label, required }
    : { key, type: 'free_text', label, help, required };

const FIRST_LOOK: BuiltInExerciseTemplate = {
  key: 'first-look',
  title: 'First look after a rejection',
  purpose:
    'A short, honest snapshot while the details are fresh. It is not a verdict on you: it gives you and your ' +
    'coach the facts to spot patterns later, and it usually takes some of the sting out.',
  estimatedMinutes: 10,
  prompts: [
    text(
      'what_happened',
      'In a few sentences, what happened?',
      true,
      'Stick to the facts: the role, the last step you reached, and how and when you heard the news.',
    ),
    {
      key: 'stage_reached',
      type: 'single_choice',
      label: 'How far did you get?',
      required: true,
      options: [
        'CV or application screen',
        'Phone or recruiter screen',
        'First interview',
        'A later interview round',
        'Final round',
        'Offer stage',
      ],
    },
    {
      key: 'timing',
      type: 'single_choice',
      label: 'Did it end earlier or later than you expected?',
      required: false,
      options: [
        'Much earlier than I expected',
        'A little earlier',
        'About when I expected',
        'Later: I thought it was going well',
      ],
    },
    text(
      'went_well',
      'Where did it go well?',
      true,
      'Name at least one moment: an answer that landed, a good conversation, a question you handled calmly. ' +
        'Getting this far already says something about you.',
    ),
    text(
      'off_track',
      'Where, if anywhere, did it start to go off track?',
      true,
      'A question, a silence, a requirement you could not show. "I don\'t know yet" is a fine answer: that is ' +
        'what feedback and the deeper review are for.',
    ),
    {
      key: 'feeling',
      type: 'scale',
      label: 'How are you feeling about it right now?',
      required: true,
      min: 1,
      max: 5,
      minLabel: 'Knocked flat',
      maxLabel: 'Ready to go again',
    },
    text('talk_about', 'Anything you would like to talk through with your coach?', false),
  ],
};

const DEEPER_REVIEW: BuiltInExerciseTemplate = {
  key: 'deeper-review',
  title: 'Deeper review of an application',
  purpose:
    'Once the first sting has passed, walk through the process step by step. The aim is one or two changes ' +
    'worth making next time, and a clear view of what to keep doing.',
  estimatedMinutes: 25,
  prompts: [
    {
      key: 'cv_match',
      type: 'scale',
      label: 'How closely did your CV match what the posting asked for?',
      help: 'Put the posting next to your CV and check each must-have against it.',
      required: true,
      min: 1,
      max: 5,
      minLabel: 'Barely',
      maxLabel: 'Point for point',
    },
    text(
      'cv_gaps',
      'Which requirements did your CV not show clearly?',
      false,
      'List the must-haves your CV does not prove with an example or a number. Some you have and did not show; ' +
        'some you may not have yet.',
    ),
    {
      key: 'rapport',
      type: 'scale',
      label: 'How was the rapport with the people you met?',
      required: true,
      min: 1,
      max: 5,
      minLabel: 'Stiff throughout',
      maxLabel: 'A real conversation',
    },
    {
      key: 'preparation',
      type: 'scale',
      label: 'How well prepared did you feel going in?',
      required: true,
      min: 1,
      max: 5,
      minLabel: 'I improvised',
      maxLabel: 'Thoroughly prepared',
    },
    {
      key: 'research',
      type: 'checklist',
      label: 'What had you found out about the company beforehand?',
      required: false,
      options: [
        'Their products or services',
        'Who their customers are',
        'Recent news or announcements',
        'The team and the people I would meet',
        'Their main competitors',
        'How they describe their values and culture',
      ],
    },
    {
      key: 'topic_balance',
      type: 'multiple_choice',
      label: 'Looking back, which of these describe the balance of your answers?',
      required: false,
      options: [
        'Well balanced',
        'Too much about duties, too little about results',
        'Too much technical detail',
        'Too little about why this role and this company',
        'Drifted into tangents',
        'Too short: I left things unsaid',
      ],
    },
    text(
      'weak_answers',
      'Which answers would you like to have back, and what would you say now?',
      true,
      'Write the question, then the answer you wish you had given, in two or three sentences.',
    ),
    text(
      'surprises',
      'Which questions caught you off guard?',
      false,
      'These go straight onto your practice list for the next mock interview.',
    ),
    text('keep_doing', 'What worked well that you will keep doing?', true),
  ],
};

const FEEDBACK_REQUEST_DRAFT: BuiltInExerciseTemplate = {
  key: 'feedback-request-draft',
  title: 'Feedback request draft',
  purpose:
    'A short, gracious note asking what you could do better next time. People are far more willing to help ' +
    'with a question that looks forward than one that asks them to defend a decision.',
  estimatedMinutes: 15,
  prompts: [
    {
      key: 'recipient',
      type: 'single_choice',
      label: 'Who is the best person to ask?',
      help: 'Choose the person you had the most real contact with: a named person answers far more often than a shared inbox.',
      required: true,
      options: [
        'The recruiter I dealt with',
        'The hiring manager',
        'An interviewer I got on well with',
        'The person who referred me',
      ],
    },
    text(
      'recipient_details',
      'Their name and how you will reach them',
      true,
      'For example: "Dana Ruiz, by email: she sent the interview invitations."',
    ),
    text(
      'draft',
      'Your note',
      true,
      'Start from this and make it sound like you:\n\n' +
        'Hi [name], thank you again for your time and for letting me know. I enjoyed learning about ' +
        '[something specific from the process]. I am working on getting better at interviews, and if you have ' +
        'a minute I would really value your view: what is one thing I could do better next time? Either way, ' +
        'I wish you and the team all the best. [Your name]\n\n' +
        'Ask what you could do better, never why you were not chosen: the first invites advice, the second a defence.',
    ),
    {
      key: 'checks',
      type: 'checklist',
      label: 'Before you send it',
      required: true,
      options: [
        'It thanks them for their time',
        'It mentions something specific from the process',
        'It asks one forward-looking question: what could I do better',
        'It does not ask them to explain or reconsider the decision',
        'It is short enough to read on a phone',
      ],
    },
    {
      key: 'send_on',
      type: 'single_choice',
      label: 'When will you send it?',
      help: 'A day or two after the decision is ideal: they still remember you, and you have had time to breathe.',
      required: true,
      options: ['Today', 'Tomorrow', 'Within the next two days'],
    },
    {
      key: 'follow_up',
      type: 'single_choice',
      label: 'If you hear nothing, when will you follow up, once and politely?',
      required: true,
      options: ['After one week', 'After two weeks', 'I will not follow up'],
    },
  ],
};

const REFRAME: BuiltInExerciseTemplate = {
  key: 'reframe',
  title: 'Reframe',
  purpose:
    'A rejection is one decision by one company, not a measure of your worth. This exercise separates what ' +
    'you can act on from what you cannot, so your energy goes where it counts.',
  estimatedMinutes: 10,
  prompts: [
    text(
      'got_this_far',
      'What got you this far?',
      true,
      'They picked you from the other applicants to talk to. What in your experience or application made that happen?',
    ),
    text(
      'went_right',
      'Three things that went right',
      true,
      'Small things count: you were on time, you asked a good question, you stayed calm when a question threw you.',
    ),
    text(
      'in_control',
      'What was in your control?',
      true,
      'Your preparation, the examples you chose, how you described your results, how you followed up.',
    ),
    text(
      'outside_control',
      'What was outside your control, and can you let it go?',
      false,
      'An internal candidate, a budget freeze, a brief that changed, two hundred other applicants.',
    ),
    text(
      'do_differently',
      'One thing you will do differently next time',
      true,
      'Make it small and concrete: "prepare a number for every story" rather than "be better at interviews".',
    ),
    text('to_a_friend', 'What would you say to a good friend in your place?', false),
    {
      key: 'confidence',
      type: 'scale',
      label: 'How confident do you feel about your next application?',
      required: true,
      min: 1,
      max: 5,
      minLabel: 'Shaky',
      maxLabel: 'Confident',
    },
  ],
};

const storyHelp = (lead: string): string =>
  `${lead}\n\nSituation: where were you and what was at stake? (two sentences)\n` +
  'Action: what did you do yourself? Say "I", not "we".\n' +
  'Result: what changed because of it? A number, a date or a quote makes it stick.';

const SUCCESS_STORIES: BuiltInExerciseTemplate = {
  key: 'success-stories',
  title: 'Success stories',
  purpose:
    'Three stories ready to tell, each proving a skill your target roles ask for. Interviewers remember ' +
    'stories, not adjectives, and a story you have prepared is far easier to tell under pressure.',
  estimatedMinutes: 40,
  prompts: [
    text(
      'target_skills',
      'Which skills do your target roles ask for most?',
      true,
      'Take three postings you would love to land and note the skills that appear in all of them.',
    ),
    text(
      'story_one',
      'Story one: situation, action, result',
      true,
      storyHelp('Start with the skill the postings mention most.'),
    ),
    text(
      'story_two',
      'Story two: situation, action, result',
      true,
      storyHelp('Pick a different skill. A time something went wrong and you put it right works well here.'),
    ),
    text(
      'story_three',
      'Story three: situation, action, result',
      true,
      storyHelp('Recent stories (the last few years) land best. Aim for about two minutes when told aloud.'),
    ),
    text(
      'skills_shown',
      'Which skill does each story prove?',
      true,
      'One line per story, for example: "Story two: calming an unhappy client and keeping the account".',
    ),
    {
      key: 'strongest',
      type: 'single_choice',
      label: 'Which story is your strongest?',
      required: false,
      options: ['Story one', 'Story two', 'Story three'],
    },
    {
      key: 'practice',
      type: 'checklist',
      label: 'Ready to tell',
      required: false,
      options: [
        'I have told each story out loud',
        'Each fits in about two minutes',
        'Each result has a number or a visible outcome',
        'I know which interview questions each story answers',
      ],
    },
  ],
};

const COMPANY_RESEARCH: BuiltInExerciseTemplate = {
  key: 'company-research',
  title: 'Company research checklist',
  purpose:
    'Before the next interview: enough homework to ask sharp questions and tie your examples to what this ' +
    'company actually needs. It shows, and it calms the nerves.',
  estimatedMinutes: 45,
  prompts: [
    text('company_and_role', 'Which company and role is this for?', true),
    {
      key: 'covered',
      type: 'checklist',
      label: 'What have you covered?',
      required: true,
      options: [
        'Read the job posting twice and listed its must-haves',
        'Tried their product or read about their main services',
        'Know who their customers are and how they make money',
        'Read recent news, announcements or their latest annual report',
        'Looked up the people interviewing me',
        'Can name two or three competitors',
        'Read how they describe their values and culture',
        'Skimmed employee reviews, with a pinch of salt',
        'Talked to someone who works or has worked there',
      ],
    },
    text(
      'their_need',
      'In your own words, what problem is this hire meant to solve?',
      true,
      'A team that is growing, a gap someone left, a new product, a mess to sort out: what is behind the opening?',
    ),
    text(
      'your_link',
      'Which of your experiences speaks most directly to that problem?',
      true,
      'This is the story to bring up early.',
    ),
    text(
      'questions_to_ask',
      'Three questions you will ask them',
      true,
      'Questions only someone who did the homework could ask, for example: "I saw you launched X in March; ' +
        'how has that changed this team\'s priorities?"',
    ),
    text(
      'concerns',
      'Anything that gives you pause?',
      false,
      'Doubts are research too: note them and find a polite way to ask.',
    ),
    {
      key: 'readiness',
      type: 'scale',
      label: 'How ready do you feel for this conversation?',
      required: false,
      min: 1,
      max: 5,
      minLabel: 'Not yet',
      maxLabel: 'Ready',
    },
  ],
};

const MOCK_INTERVIEW: BuiltInExerciseTemplate = {
  key: 'mock-interview',
  title: 'Mock interview',
  purpose:
    'Practise answering out loud, then watch or listen back. Hearing yourself once teaches more than reading ' +
    'ten articles about interviews.',
  estimatedMinutes: 45,
  prompts: [
    {
      key: 'format',
      type: 'single_choice',
      label: 'How did you practise?',
      required: true,
      options: [
        'Recorded myself on video',
        'Recorded audio only',
        'With a friend or partner',
        'With my coach',
      ],
    },
    {
      key: 'questions',
      type: 'checklist',
      label: 'Which questions did you answer?',
      help: 'Aim for at least four. Answer each as if it were the real thing, without notes.',
      required: true,
      options: [
        'Tell me about yourself',
        'Why do you want this role?',
        'Why are you leaving, or why did you leave, your last job?',
        'Tell me about a time something went wrong',
        'Tell me about a disagreement at work',
        'What is your greatest strength?',
        'Where would you like to be in a few years?',
        'What questions do you have for us?',
      ],
    },
    {
      key: 'pace',
      type: 'scale',
      label: 'Pace: how did your speaking pace come across?',
      required: true,
      min: 1,
      max: 5,
      minLabel: 'Rushed or halting',
      maxLabel: 'Calm and even',
    },
    {
      key: 'value_focus',
      type: 'scale',
      label: 'Focus on value: how clearly did your answers show what you bring?',
      required: true,
      min: 1,
      max: 5,
      minLabel: 'Mostly duties and tasks',
      maxLabel: 'Clear results and impact',
    },
    {
      key: 'rambling',
      type: 'scale',
      label: 'Rambling: how often did you drift away from the question?',
      required: true,
      min: 1,
      max: 5,
      minLabel: 'Hardly ever',
      maxLabel: 'Often',
    },
    text('best_answer', 'Which answer worked best, and why?', true),
    text(
      'redo_answer',
      'Which answer will you redo, and what will change?',
      true,
      'Write the first two sentences of the new version. Strong answers get to the point in the first breath.',
    ),
    text(
      'what_others_noticed',
      'What did your partner, or the recording, notice that you had not?',
      false,
      'Filler words, looking away, a habit with your hands, a story that ran long.',
    ),
  ],
};

const SKILL_GAP: BuiltInExerciseTemplate = {
  key: 'skill-gap',
  title: 'Skill gap',
  purpose:
    'When a rejection points to a missing skill, find out whether it is really missing or just not showing, ' +
    'and if it is missing, whether it is worth your time to learn.',
  estimatedMinutes: 20,
  prompts: [
    text(
      'skill',
      'Which skill came up as missing?',
      true,
      'Use the exact words from the feedback or the posting: they are the words the next screener will look for.',
    ),
    {
      key: 'where_you_stand',
      type: 'single_choice',
      label: 'Honestly, where do you stand with it?',
      required: true,
      options: [
        'I have it and have used it at work',
        'I have used it, but not recently or not much',
        'I know the basics from a course or a side project',
        'I do not have it yet',
      ],
    },
    {
      key: 'where_shown',
      type: 'checklist',
      label: 'Where does your application show it today?',
      required: false,
      options: [
        'My CV names it',
        'My CV shows a result I achieved with it',
        'My online profile mentions it',
        'I have an interview story that proves it',
        'I have something to show: a portfolio, a certificate, a sample',
      ],
    },
    text(
      'make_it_visible',
      'If you have it: how will you make it visible?',
      false,
      'For example, one CV bullet rewritten around a result, and one story ready for interviews.',
    ),
    {
      key: 'worth_learning',
      type: 'scale',
      label: 'If you do not: how much would learning it open up for you?',
      required: false,
      min: 1,
      max: 5,
      minLabel: 'One posting asked for it',
      maxLabel: 'Most roles I want need it',
    },
    text(
      'learning_plan',
      'How would you learn it, and how long would it take?',
      false,
      'Be concrete: a course, a small project, a volunteer task, a colleague to shadow. And a first step for this week.',
    ),
    {
      key: 'decision',
      type: 'single_choice',
      label: 'Your decision',
      required: true,
      options: [
        'Show it better: I already have it',
        'Learn it: it is worth the time',
        'Let it go: aim for roles that do not need it',
      ],
    },
  ],
};

const SEARCH_RESET: BuiltInExerciseTemplate = {
  key: 'search-reset',
  title: 'Search strategy reset',
  purpose:
    'When applications are not turning into conversations, more of the same rarely helps. Step back, ' +
    'sharpen your target, tailor what you send, widen the ways you reach people, and rest if you need to.',
  estimatedMinutes: 30,
  prompts: [
    text(
      'target',
      'Describe your target in one sentence',
      true,
      'Role, level, kind of company, place or remote. "Senior data analyst at a mid-sized healthcare company, ' +
        'hybrid in Leeds" works far better than "something in data".',
    ),
    {
      key: 'recent_fit',
      type: 'single_choice',
      label: 'Of your last ten applications, how many fitted that target closely?',
      required: true,
      options: ['Nearly all', 'About half', 'A few', 'Hardly any'],
    },
    {
      key: 'tailoring',
      type: 'checklist',
      label: 'How will you tailor your CV for each application?',
      required: true,
      options: [
        'A headline that matches the role title',
        'The top third speaks to the must-haves in the posting',
        'Keywords from the posting, wherever they are true for me',
        'Results with numbers, not just duties',
        'One or two pages, easy to scan',
      ],
    },
    {
      key: 'channels',
      type: 'multiple_choice',
      label: 'Which channels will you add or use more?',
      required: true,
      options: [
        'Job boards with saved searches and alerts',
        'Staffing agencies or recruiters in my field',
        'Former colleagues and managers',
        'Alumni networks',
        'Industry events and meetups',
        'Applying directly to companies on my shortlist',
        'Posts and messages on professional networks',
      ],
    },
    text(
      'weekly_rhythm',
      'What does a realistic week of searching look like now?',
      true,
      'For example: "five tailored applications, two coffee chats, one event". Pick numbers you can keep up for a month.',
    ),
    {
      key: 'break',
      type: 'single_choice',
      label: 'Would a short break help you come back stronger?',
      required: true,
      options: [
        'No, I have the energy to keep going',
        'A few days away from the search',
        'A week off, then a fresh start with this plan',
      ],
    },
    text(
      'break_plan',
      'If so, when does it start and end, and what will you do with the time?',
      false,
      'A break with an end date is rest, not giving up.',
    ),
  ],
};

const STAY_IN_TOUCH: BuiltInExerciseTemplate = {
  key: 'stay-in-touch',
  title: 'Stay-in-touch note',
  purpose:
    'A few months after a no, a friendly note keeps you in mind for the next opening. Close runners-up are ' +
    'often the first people a company calls when a similar role opens.',
  estimatedMinutes: 15,
  prompts: [
    text('recipient', 'Who will you write to, and at which company?', true),
    text(
      'reminder',
      'What will remind them of you?',
      true,
      'The role, when you met, a topic you enjoyed talking about.',
    ),
    text(
      'your_news',
      'What have you done or learned since?',
      true,
      'A new project, a course, a result. Ideally something connected to what they needed.',
    ),
    text(
      'their_news',
      'What is new with them that you could mention?',
      false,
      'A launch, a new office, an award, something your contact posted.',
    ),
    text(
      'note',
      'Your note',
      true,
      'Start from this and make it yours:\n\n' +
        'Hi [name], we spoke in [month] about the [role] position. I have kept following [company]: ' +
        'congratulations on [their news]. Since then I have [your news]. If a role like that opens up again, ' +
        'I would love to be considered. Either way, all the best to you and the team. [Your name]',
    ),
    {
      key: 'checks',
      type: 'checklist',
      label: 'Before you send it',
      required: false,
      options: [
        'Under 120 words',
        'Warm, and does not revisit why I was turned down',
        'Mentions one concrete thing I have done since',
        'Easy to answer, or to leave unanswered without awkwardness',
      ],
    },
    {
      key: 'next_touch',
      type: 'single_choice',
      label: 'If nothing opens up, when will you check in again?',
      required: false,
      options: ['In three months', 'In six months', 'Only when I see a suitable opening'],
    },
  ],
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * For rejections at the résumé screen: nobody has met the client yet, so the questions are about the
 * paper, not about interviews — what the posting asked for, what the CV showed, and what a reader saw first.
 */
const CV_MATCH: BuiltInExerciseTemplate = {
  key: 'cv-match',
  title: 'Your CV against the posting',
  purpose:
    'When applications stop at the first screen, the CV and the posting are all the reader had. Put them ' +
    'side by side and see what a busy screener would have found, and what they would have missed.',
  estimatedMinutes: 25,
  prompts: [
    text(
      'posting_musts',
      'List the must-haves of one posting that turned you down',
      true,
      'Copy the requirements the posting states first or repeats: years, tools, certifications, domain.',
    ),
    {
      key: 'musts_shown',
      type: 'single_choice',
      label: 'How many of those can a reader find in the top third of your CV?',
      required: true,
      options: ['All of them', 'Most', 'A few', 'None'],
    },
    text(
      'missing_on_paper',
      'Which must-haves do you have but the CV does not show?',
      true,
      'Write the line that would show each one, with a number or a result where you can.',
    ),
    {
      key: 'first_glance',
      type: 'checklist',
      label: 'What would a screener see in the first ten seconds?',
      required: false,
      options: [
        'A headline that matches the role title',
        'The words the posting uses for the key skills',
        'Results with numbers',
        'Dates and titles that are easy to follow',
      ],
    },
    {
      key: 'fit',
      type: 'scale',
      label: 'Honestly, how close was the posting to what you offer?',
      required: true,
      min: 1,
      max: 5,
      minLabel: 'A long shot',
      maxLabel: 'A close match',
    },
    text(
      'next_version',
      'Three changes for the next CV you send',
      true,
      'Concrete edits: "move the SQL project to the top", "use the posting\'s title as my headline".',
    ),
  ],
};

/**
 * The built-in templates, frozen: clone one (`structuredClone`) before editing it into an organization's
 * own template.
 */
export const BUILT_IN_TEMPLATES: readonly BuiltInExerciseTemplate[] = deepFreeze([
  FIRST_LOOK,
  DEEPER_REVIEW,
  FEEDBACK_REQUEST_DRAFT,
  REFRAME,
  SUCCESS_STORIES,
  COMPANY_RESEARCH,
  MOCK_INTERVIEW,
  SKILL_GAP,
  SEARCH_RESET,
  STAY_IN_TOUCH,
  CV_MATCH,
]);

export function isBuiltInTemplateKey(value: unknown): value is BuiltInTemplateKey {
  return typeof value === 'string' && (BUILT_IN_TEMPLATE_KEYS as readonly string[]).includes(value);
}

/** The built-in template with that key. */
export function builtInTemplate(key: BuiltInTemplateKey): BuiltInExerciseTemplate {
  return BUILT_IN_TEMPLATES.find((template) => template.key === key)!;
}
