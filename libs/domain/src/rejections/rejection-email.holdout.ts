import type { RejectionEmailExample } from './rejection-email.corpus.js';

/**
 * Emails the rules have never been shaped by: written after the rules were frozen, measured once, and kept
 * out of any tuning, so their accuracy is an honest estimate of what clients will see with wording we did
 * not think of. The corpus says whether the rules still do what they were written to do; this set says how
 * well they generalise. When a rule is changed because of one of these emails, move that email into the
 * corpus and write a fresh one here.
 */
const rejection = (
  company: string | null,
  role: string | null,
  reason: RejectionEmailExample['expected']['reason'],
  automated = false,
): RejectionEmailExample['expected'] => ({ company, role, reason, automated, isRejection: true });

const notARejection = (company: string | null, role: string | null): RejectionEmailExample['expected'] => ({
  company,
  role,
  reason: 'unknown',
  automated: false,
  isRejection: false,
});

export const REJECTION_EMAIL_HOLDOUT: readonly RejectionEmailExample[] = [
  {
    id: 'holdout-dutch-kafka',
    note: 'Dutch directness with a Dutch closing',
    text: `Hi Pieter,

I'll be direct: your Python is fine, but we need someone who has actually run Kafka in production, and you haven't. So it's a no for the Data Platform Engineer role.

Groet,
Sanne
Kanaal Data B.V.`,
    expected: rejection('Kanaal Data', 'Data Platform Engineer', 'missing_skill'),
  },
  {
    id: 'holdout-australian-pulled',
    note: 'Australian casual, the job pulled after the project slipped',
    text: `G'day Mick,

Bit of a bummer — the Site Supervisor job's been pulled after the project got pushed back to next year. Sorry mate, nothing to do with you.

Cheers,
Shaz
Redgum Constructions`,
    expected: rejection('Redgum Constructions', 'Site Supervisor', 'timing_or_budget'),
  },
  {
    id: 'holdout-japanese-formal',
    note: 'Japanese-influenced formal English, no reason given',
    text: `Dear Ms. Tanaka,

We sincerely appreciate your application for the Localization Specialist position and the time you spent for our interviews.

After careful consideration, we regret to inform you that we cannot offer you the position this time. We would be grateful if you understand our decision.

Best regards,
Human Resources Department
Hoshizora Games K.K.`,
    expected: rejection('Hoshizora Games', 'Localization Specialist', 'unknown'),
  },
  {
    id: 'holdout-french-profile-adapted',
    note: 'French-influenced English, "retained a profile more adapted"',
    text: `Dear Mr Dubois,

We thank you for your candidature for the post of Supply Planner. We have had many candidatures of quality and we have retained a profile more adapted to the needs of the post.

We wish you good luck in your research.

Cordially,
Claire Martin
Chargée de recrutement
Maison Lavande SAS`,
    expected: rejection('Maison Lavande', 'Supply Planner', 'better_qualified_candidate'),
  },
  {
    id: 'holdout-spanish-internal-team',
    note: 'Spanish-influenced English, vacancy covered from the internal team',
    text: `Hello Javier,

Thank you for your participation in the selection process for Sales Manager. Finally the company has decided to cover the vacancy with a person of the internal team.

We will keep your CV for future processes.

A greeting,
Lucía Gómez
Human Resources | Grupo Alborán`,
    expected: rejection('Grupo Alborán', 'Sales Manager', 'internal_candidate'),
  },
  {
    id: 'holdout-linkedin-paused',
    note: 'LinkedIn message, search paused while they rethink the role',
    text: `Hey Sam! Quick heads up — we've paused the Growth Lead search and are rethinking whether we need that role at all vs. an agency. Sorry, will ping you if it comes back.

— Jo (Founder @ Mintleaf)`,
    expected: rejection('Mintleaf', 'Growth Lead', 'timing_or_budget'),
  },
  {
    id: 'holdout-corporate-requisition',
    note: 'US corporate ATS with a requisition line and an equal opportunity footer',
    text: `Dear Jordan Lee,

Requisition: 2024-11873 Customer Service Representative

Thank you for your interest in employment with Calloway Insurance Group. After reviewing your qualifications, we have decided not to move forward with your application for this position.

We encourage you to continue to explore opportunities with us.

Calloway Insurance Group is an Equal Opportunity Employer. Please do not reply to this message.`,
    expected: rejection('Calloway Insurance Group', 'Customer Service Representative', 'unknown', true),
  },
  {
    id: 'holdout-warm-concise',
    note: 'warm, honest feedback about getting to the point',
    text: `Hi Grace,

I wanted to give you some honest feedback, because you asked for it. The team felt your answers tended to go into a lot of detail before getting to the point, and in a client-facing role like Account Manager they need people who can be concise. You clearly know your stuff.

Warmly,
Bea
Pellucid PR`,
    expected: rejection('Pellucid PR', 'Account Manager', 'presentation_or_rapport'),
  },
  {
    id: 'holdout-academic-shortlist',
    note: 'academic search committee, "competition was exceptionally strong"',
    text: `Dear Dr Mensah,

On behalf of the search committee, thank you for your application for the Lectureship in Economic History. The committee has now completed its shortlisting, and I am sorry to tell you that your application was not among those selected; competition for the post was exceptionally strong.

Yours sincerely,

Professor Alan Reeve
Chair of the Search Committee
Department of History, University of Harcourt`,
    expected: rejection('University of Harcourt', 'Lectureship in Economic History', 'unknown'),
  },
  {
    id: 'holdout-online-assessment',
    note: 'not a rejection: an invitation to an online assessment',
    text: `Hi Omar,

Thank you for your application! Before we move on, could you complete the short online assessment for the Junior Developer role? It takes about 40 minutes. You'll find the link below.

Kind regards,
The Hiring Team at Fernleaf Software`,
    expected: notARejection('Fernleaf Software', 'Junior Developer'),
  },
  {
    id: 'holdout-agency-part-time',
    note: 'agency, the branch restructured and the role became part-time',
    text: `Hi Rachel,

Had a call with Holbrook Estates this morning about the Lettings Negotiator role — they've decided to restructure the branch and the role is now part-time, which I know doesn't work for you, so I've withdrawn you from the process.

Speak soon,
Chloe
Keystone Recruitment`,
    expected: rejection('Holbrook Estates', 'Lettings Negotiator', 'different_direction'),
  },
  {
    id: 'holdout-ats-registration',
    note: 'ATS, a formal requirement (registration) not met',
    text: `Thank you for applying to the Registered Nurse position at Oakvale Care.

Unfortunately, your application did not meet the minimum requirements for this role, which include an active NMC registration.

Best regards,
Oakvale Care Recruitment

This is an automated email, please do not reply.`,
    expected: rejection('Oakvale Care', 'Registered Nurse', 'missing_skill', true),
  },
  {
    id: 'holdout-radio-silence',
    note: 'late reply after silence, no reason',
    text: `Hi Leo, apologies for the radio silence! We've actually wrapped up the process for the Video Editor role and won't be moving ahead with your application.

Thanks for your patience,
Dev — Northlight Films`,
    expected: rejection('Northlight Films', 'Video Editor', 'unknown'),
  },
  {
    id: 'holdout-one-line-internal',
    note: 'one line, "an internal" as a noun',
    text: `Role went to an internal. Sorry! — K`,
    expected: rejection(null, null, 'internal_candidate'),
  },
  {
    id: 'holdout-german-no-reasons',
    note: 'German formal, role without "of", no reasons given on principle',
    text: `Dear Mr. Haas,

we thank you for your interest in the position Sales Engineer Automotive. After careful examination of all applications we regret to inform you that we could not consider you in the further selection.

Please understand that we cannot give reasons for our decision.

Yours sincerely
Ursula Brandt
Personalabteilung
Kessler Antriebstechnik AG`,
    expected: rejection('Kessler Antriebstechnik', 'Sales Engineer Automotive', 'unknown'),
  },
  {
    id: 'holdout-culture-interview',
    note: 'startup, no strong connection in the culture interview',
    text: `Hey Ines,

Thanks for coming in. Honest feedback: the team didn't feel a strong connection in the culture interview and weren't sure you'd enjoy the pace here. We're going to pass on the Operations Manager role.

All the best,
Tariq
Loop Labs`,
    expected: rejection('Loop Labs', 'Operations Manager', 'presentation_or_rapport'),
  },
  {
    id: 'holdout-civil-service-scores',
    note: 'British civil service, scores below the required standard',
    text: `Dear Mr Lewis,

Thank you for attending the assessment for the role of Policy Officer. Your scores for the 'Seeing the Big Picture' behaviour and the technical test were below the required standard, so I am sorry to advise that we are unable to offer you the role.

Kind regards,
Civil Service Resourcing`,
    expected: rejection('Civil Service', 'Policy Officer', 'missing_skill'),
  },
  {
    id: 'holdout-bar-trial-shift',
    note: 'hospitality, someone with more cocktail experience',
    text: `Hi Tom,

Thanks for the trial shift on Saturday! We've gone with someone who's got a bit more cocktail experience for the Head Bartender spot. Hope to see you in for a drink though.

Cheers,
Marco
The Copper Still`,
    expected: rejection('The Copper Still', 'Head Bartender', 'better_qualified_candidate'),
  },
  {
    id: 'holdout-spanish-project-postponed',
    note: 'Spanish-influenced English, vacancy cancelled because a project was postponed',
    text: `Dear Marta,

I write you to inform that the vacancy of Project Engineer has been cancelled because the client postponed the project. Is a pity because your profile was very interesting for us.

Kind regards,
Andrés Ruiz
Talent Acquisition - Ingeniería Solaris S.L.`,
    expected: rejection('Ingeniería Solaris', 'Project Engineer', 'timing_or_budget'),
  },
  {
    id: 'holdout-role-redefined',
    note: 'corporate, role redefined towards a specific background',
    text: `Dear Ms Chen,

Thank you for your interest in the Compliance Analyst opportunity with Westbridge Capital. Following a recent review, we have redefined the role to focus on AML investigations, and we will be approaching candidates with that specific background. We therefore will not be progressing your application.

Kind regards,
Westbridge Capital Talent Team`,
    expected: rejection('Westbridge Capital', 'Compliance Analyst', 'different_direction'),
  },
  {
    id: 'holdout-offer-call',
    note: 'not a rejection: an offer is coming',
    text: `Hi Ade,

Great news — the team would like to make you an offer for the Backend Engineer role! I'll call you this afternoon to go through the details.

Best,
Kim
Saltmarsh`,
    expected: notARejection('Saltmarsh', 'Backend Engineer'),
  },
  {
    id: 'holdout-portuguese-not-approved',
    note: 'Portuguese-influenced English with Portuguese greeting and closing, no role named',
    text: `Bom dia Carla,

We inform that the process was concluded and unfortunately your candidacy was not approved. We thank your interest in working with us.

Cumprimentos,
Equipa de Recursos Humanos
Farol Seguros`,
    expected: rejection('Farol Seguros', null, 'unknown'),
  },
  {
    id: 'holdout-ramp-up-typescript',
    note: 'tech, would need too long to ramp up on TypeScript',
    text: `Hi Lin,

thanks for taking the time to do the live coding round. The interviewers felt you'd need more time to ramp up on TypeScript and our testing practices than we can afford right now, so we've decided not to move forward for the Full Stack Engineer position.

Best,
Greg
Hubbub`,
    expected: rejection('Hubbub', 'Full Stack Engineer', 'missing_skill'),
  },
  {
    id: 'holdout-italian-communication',
    note: 'Italian-influenced English, communication not clear and convincing',
    text: `Dear Mr. Rossi,

thank you for the interview of last week for the Store Manager position. The area manager appreciated your experience but she has found that the communication during the interview was not so clear and convincing. For this reason we will not proceed.

Best regards,
Giulia Conti
HR Office
Bottega Verdi S.p.A.`,
    expected: rejection('Bottega Verdi', 'Store Manager', 'presentation_or_rapport'),
  },
];
