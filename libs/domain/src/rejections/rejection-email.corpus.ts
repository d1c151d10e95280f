import type { RejectionReason, RejectionStage } from './rejection-vocabulary.js';

/**
 * Example rejection emails written for Rebound (every company, person and role is invented): the development
 * part of the corpus, the only emails rules may be written against and the classifier may be trained and tuned
 * on. The expectations are what a careful coach would fill in by hand and are never adjusted to the rules, so
 * a few hard cases are expected to miss.
 *
 * The first 56 were written before any rule, the next 24 after the first version of the rules (as emails the
 * rules had never seen; the misses were general gaps, fixed as general rules). The rest were written together
 * with the held-out part (rejection-email.holdout.ts) in the styles real senders use, and split between the two
 * once, by a hash of their id, before any rule or model looked at them. The last 18 were written after the
 * classifier's first version, without looking at the held-out part, and belong to this part only; how the
 * reading did on them before any rule was written against them guided the rejection wordings added then.
 *
 * Labelling conventions (docs/domain.md, "Reading a rejection email"):
 * - reason: "we moved forward with another candidate" (or "offered it to someone else") with no comparison is
 *   `unknown`; `better_qualified_candidate` needs the email to say the other person had more or better of
 *   something. A job that went away (filled, closed, frozen, no budget, merged) is `timing_or_budget`; an
 *   employer that now wants something else (profile, scope, level, location, contract form) is
 *   `different_direction`.
 * - stage: how far the client got, as the email tells it; `null` when the email does not say. Take-home and
 *   technical exercises are labelled with the interview stage they sat in (usually `first_interview`).
 *   Emails that are not rejections carry no stage.
 * - company values leave out legal forms (Ltd, GmbH, LLP…), because that is how the suggestion names them.
 */
export interface RejectionEmailExample {
  id: string;
  /** The style of writing and what the example exercises. */
  note: string;
  text: string;
  expected: {
    company: string | null;
    role: string | null;
    reason: RejectionReason;
    /** The stage reached as the email tells it; null when it does not (and for emails that are not rejections). */
    stage: RejectionStage | null;
    automated: boolean;
    isRejection: boolean;
  };
}

export const rejection = (
  company: string | null,
  role: string | null,
  reason: RejectionReason,
  stage: RejectionStage | null,
  automated = false,
): RejectionEmailExample['expected'] => ({ company, role, reason, stage, automated, isRejection: true });

export const notARejection = (
  company: string | null,
  role: string | null,
  automated = false,
): RejectionEmailExample['expected'] => ({
  company,
  role,
  reason: 'unknown',
  stage: null,
  automated,
  isRejection: false,
});

export const REJECTION_EMAIL_CORPUS: readonly RejectionEmailExample[] = [
  // ───────────────────────────── internal_candidate ─────────────────────────────
  {
    id: 'internal-british-panel',
    note: 'very formal British, panel appoints an internal candidate',
    text: `Subject: Your application for the post of Head of Finance

Dear Ms Okafor,

Thank you for attending the second-stage interview for the post of Head of Finance. The panel very much enjoyed meeting you.

I am writing to let you know that, after careful deliberation, the panel has decided to appoint an internal candidate to the post. I appreciate that this will be disappointing news, particularly given the time and effort you invested in the process.

We should be delighted to keep your details on file, should you be content for us to do so.

Yours sincerely,

Margaret Hollis
HR Business Partner
Harrowgate & Pell LLP`,
    expected: rejection('Harrowgate & Pell', 'Head of Finance', 'internal_candidate', 'later_interview'),
  },
  {
    id: 'internal-startup-terse',
    note: 'terse US startup, "promoting someone from within", role named without "role"',
    text: `Hey Sam,

Quick update on Staff Engineer — we ended up promoting someone from within the team. Sorry this one didn't work out, you were great to talk to.

Priya
Kitewire`,
    expected: rejection('Kitewire', 'Staff Engineer', 'internal_candidate', 'first_interview'),
  },
  {
    id: 'internal-warm-interim',
    note: 'warm recruiter; the internal hire is described, never called "internal"',
    text: `Hi Joana,

I hope you had a lovely weekend! I wanted to call, but I know you're busy, so here goes: the hiring team has decided to offer the Customer Success Lead role to a colleague who has been covering it on an interim basis since the spring. Honestly, it was a really close call, and everyone loved your energy.

Please don't let this knock your confidence. I'd love to keep in touch and think of you for the next opening here at Lumio.

Warmly,
Hannah`,
    expected: rejection('Lumio', 'Customer Success Lead', 'internal_candidate', 'first_interview'),
  },
  {
    id: 'internal-agency-client',
    note: 'agency recruiter names the client; the agency signature must not become the company',
    text: `Hi Mark,

I've just had feedback from my client, Drayton Logistics, on the Operations Manager position. Unfortunately they've decided to go with an internal applicant who applied late in the process. They were complimentary about your experience in warehouse planning, so this is purely down to that.

I've got a couple of other roles that could suit you – are you free for a call on Thursday?

Best regards,
Tom Reilly
Senior Consultant | Talentbridge Recruitment`,
    expected: rejection('Drayton Logistics', 'Operations Manager', 'internal_candidate', 'resume_screen'),
  },
  {
    id: 'internal-german-solution',
    note: 'German-influenced English: "decided for an internal solution", "application as"',
    text: `Subject: Your application as Data Engineer

Dear Mr. Weber,

thank you very much for your application and for the pleasant conversation last week.

Unfortunately we must inform you that we have decided for an internal solution for this position. This decision was not easy for us.

We wish you for your further professional way all the best and much success.

With kind regards

Sabine Krüger
Human Resources
Nordwerk Systems GmbH`,
    expected: rejection('Nordwerk Systems', 'Data Engineer', 'internal_candidate', 'first_interview'),
  },
  {
    id: 'internal-portuguese-mixed',
    note: 'Portuguese-influenced English with a Portuguese greeting and closing; internal hire described',
    text: `Olá Ricardo,

Thank you for participate in our selection process for the Marketing Coordinator vacancy.

We inform that the position was occupied by a person that already works with us in another area, so we will not continue with your candidacy now.

We stay with your CV in our database for future opportunities.

Abraço,
Fernanda Lopes
Recrutamento | Casa Verde Alimentos`,
    expected: rejection('Casa Verde Alimentos', 'Marketing Coordinator', 'internal_candidate', null),
  },

  // ───────────────────────────── timing_or_budget ─────────────────────────────
  {
    id: 'timing-ats-filled',
    note: 'ATS template, position filled, automated footer',
    text: `Subject: Update on your application – Junior Accountant (Req #48213)

Dear Candidate,

Thank you for your interest in Brightwell Group. We wanted to let you know that the Junior Accountant position has now been filled.

We encourage you to visit our careers site for future openings.

Regards,
Brightwell Group Talent Acquisition

This is an automated message. Please do not reply to this email.`,
    expected: rejection('Brightwell Group', 'Junior Accountant', 'timing_or_budget', 'resume_screen', true),
  },
  {
    id: 'timing-on-hold-warm',
    note: 'role put on hold, with "this isn\'t a reflection of your interviews"',
    text: `Hi Daniel,

Thanks so much for your time over the last few weeks — the team really enjoyed the conversations.

I'm sorry to say that we've had to put the Senior Backend Engineer role on hold while we rework our plans for next year. This isn't a reflection of your interviews at all; it's purely about timing.

If the role reopens, you'll be the first person I call.

Best,
Marta
People Team, Orbitly`,
    expected: rejection('Orbitly', 'Senior Backend Engineer', 'timing_or_budget', 'later_interview'),
  },
  {
    id: 'timing-freeze-terse',
    note: 'one-paragraph startup note, hiring freeze, role with a comma in it',
    text: `Hi Lee — bad news, we've got a company-wide hiring freeze as of this morning, so we're pausing all open searches including Product Manager, Growth. Really sorry. Will reach out if things change.

— Dana @ Parcelhop`,
    expected: rejection('Parcelhop', 'Product Manager, Growth', 'timing_or_budget', null),
  },
  {
    id: 'timing-university-funding',
    note: 'very formal British university, funding not confirmed, reference heading',
    text: `Dear Dr Ahmed,

Re: Research Software Engineer (ref. RSE-2291)

I write further to your interview on 14 March. Regrettably, the funding for this post has not been confirmed, and the University has therefore taken the decision not to make an appointment at this time.

I am sorry to bring you this news, and I should like to thank you for your interest in the University of Eastmoor.

Yours sincerely,
Dr Helen Carr
Research Operations Manager`,
    expected: rejection(
      'University of Eastmoor',
      'Research Software Engineer',
      'timing_or_budget',
      'first_interview',
    ),
  },
  {
    id: 'timing-closed-not-lack-of-skills',
    note: 'position closed after a restructure; "not due to a lack of skills" must not read as missing_skill',
    text: `Hello Aisha,

I wanted to let you know that the Business Analyst position at Corvane Insurance has been closed following an internal restructure. This is not due to a lack of skills or experience on your part — we simply no longer have the vacancy.

Thank you again for your patience throughout the process.

Kind regards,
Neil Foster
Talent Partner`,
    expected: rejection('Corvane Insurance', 'Business Analyst', 'timing_or_budget', null),
  },
  {
    id: 'timing-ats-cancelled-noreply',
    note: 'ATS, requisition cancelled, sent from a no-reply address',
    text: `From: no-reply@talentportal.example
Subject: Your application to Vantage Health

Hi Chris,

Thank you for applying for the Clinical Data Coordinator role at Vantage Health. The requisition you applied to has been cancelled and is no longer accepting candidates.

We appreciate your interest and wish you the best in your search.

Vantage Health Recruiting`,
    expected: rejection(
      'Vantage Health',
      'Clinical Data Coordinator',
      'timing_or_budget',
      'resume_screen',
      true,
    ),
  },
  {
    id: 'timing-portuguese-frozen',
    note: 'Portuguese-influenced English, vacancy frozen by a budget revision',
    text: `Dear Paulo,

I hope this message finds you well.

I am writing to inform that, unfortunately, the vacancy of Financial Controller was frozen because of the budget revision for this semester. Is not a decision about your profile, that the directors liked very much.

When the process is opened again, we will contact you.

Best regards,
Luciana Martins
Tavares & Filhos Engenharia`,
    expected: rejection('Tavares & Filhos Engenharia', 'Financial Controller', 'timing_or_budget', null),
  },
  {
    id: 'timing-agency-filled-elsewhere',
    note: 'agency recruiter, the employer filled the role through another agency',
    text: `Hi Grace,

Just a quick one — I heard back from Fenwick & Rowe about the Legal Secretary role and unfortunately they've already filled it through another agency before we could get you in front of them. Frustrating, I know!

I'll keep my eyes open for similar roles in the area.

Cheers,
Amy
Brookside Staffing`,
    expected: rejection('Fenwick & Rowe', 'Legal Secretary', 'timing_or_budget', 'resume_screen'),
  },

  // ───────────────────────────── better_qualified_candidate ─────────────────────────────
  {
    id: 'better-ats-classic',
    note: 'the classic ATS line "another candidate whose experience more closely matches"',
    text: `Subject: Your application for Frontend Developer at Mosaic Labs

Dear Alex,

Thank you for your interest in Mosaic Labs and for taking the time to apply for the Frontend Developer position.

After careful review, we have decided to move forward with another candidate whose experience more closely matches the requirements of the role.

We will keep your resume on file and encourage you to apply for future openings that match your skills.

Best regards,
The Mosaic Labs Recruiting Team

Please do not reply to this message; this mailbox is not monitored.`,
    expected: rejection(
      'Mosaic Labs',
      'Frontend Developer',
      'better_qualified_candidate',
      'resume_screen',
      true,
    ),
  },
  {
    id: 'better-british-council-shortlist',
    note: 'formal British public sector, not shortlisted, others met the criteria more strongly',
    text: `Dear Mr Patel,

Thank you for your application for the role of Senior Policy Adviser.

We received a very high number of applications, and the shortlisting panel has concluded that other candidates more strongly demonstrated the essential criteria. I am sorry, therefore, to tell you that you have not been shortlisted for interview on this occasion.

With best wishes,

Recruitment Team
Ashcombe District Council`,
    expected: rejection(
      'Ashcombe District Council',
      'Senior Policy Adviser',
      'better_qualified_candidate',
      'resume_screen',
    ),
  },
  {
    id: 'better-startup-offer-accepted',
    note: 'terse, an offer went to another candidate',
    text: `Hi Jordan,

Thanks for chatting with us about the Account Executive role. We've made an offer to another candidate and they've accepted, so we're closing this out.

Appreciate your time!
Kyle
Head of Sales, Brightpath`,
    expected: rejection('Brightpath', 'Account Executive', 'unknown', 'first_interview'),
  },
  {
    id: 'better-warm-more-years',
    note: 'warm recruiter, no role named; the winner had more years of a skill (not a missing skill)',
    text: `Hi Mei,

I really hope you're doing well. I'm so sorry to be the bearer of disappointing news: after a lot of discussion, the team chose a candidate with several more years of leading design systems, and they felt that was the deciding factor for this particular role.

You should be really proud of how far you got — three rounds is no small thing! I'd genuinely love to stay in touch.

All the best,
Rosie
Talent Partner at Fable & Finch`,
    expected: rejection('Fable & Finch', null, 'better_qualified_candidate', 'later_interview'),
  },
  {
    id: 'better-not-a-reflection',
    note: 'tricky negative first, then "stronger candidates with direct experience"',
    text: `Hi Tomás,

Thank you for interviewing for the Data Scientist role with us. I want to be clear that this is not a reflection of your skills — your take-home was one of the strongest we saw. In the end we had several stronger candidates with direct experience in credit risk, and we went with one of them.

Wishing you the very best,
Ines
Ledgerline`,
    expected: rejection('Ledgerline', 'Data Scientist', 'better_qualified_candidate', 'later_interview'),
  },
  {
    id: 'better-non-native-profile-matching',
    note: 'non-native English HR template ("whose profile are more matching")',
    text: `Dear Candidate,

Greetings from Suncrest Technologies!

Thank you for showing interest in the position of QA Automation Engineer. We regret to inform that we have shortlisted other candidates whose profile are more matching with our current requirement.

We will contact you if any suitable opening arise in future.

Thanks & Regards,
HR Team
Suncrest Technologies Pvt. Ltd.`,
    expected: rejection(
      'Suncrest Technologies',
      'QA Automation Engineer',
      'better_qualified_candidate',
      'resume_screen',
    ),
  },
  {
    id: 'better-ats-workday-style',
    note: 'ATS notification with praise ("your background is impressive") before the reason',
    text: `Subject: Regarding your application: Supply Chain Analyst

Hello Morgan,

Thank you for your interest in the Supply Chain Analyst position at Halden Foods. We have reviewed your application, and while your background is impressive, we have selected candidates whose qualifications better meet the needs of this position.

We wish you every success in your job search.

Sincerely,
Halden Foods Careers

*** This is an automated email notification. Replies to this address are not monitored. ***`,
    expected: rejection(
      'Halden Foods',
      'Supply Chain Analyst',
      'better_qualified_candidate',
      'resume_screen',
      true,
    ),
  },
  {
    id: 'better-german-another-applicant',
    note: 'German-influenced English ("decided for another applicant", quoted role)',
    text: `Hello Ms. Santos,

many thanks for your interest in our company and the interview for the position "UX Researcher".

After intensive consideration we have decided for another applicant, whose qualification profile fits even more exactly to our requirements.

We thank you for the trust and wish you for the future all the best.

Friendly greetings
Jonas Becker
Talent Acquisition
Rheinblick Software AG`,
    expected: rejection(
      'Rheinblick Software',
      'UX Researcher',
      'better_qualified_candidate',
      'first_interview',
    ),
  },

  // ───────────────────────────── different_direction ─────────────────────────────
  {
    id: 'direction-classic',
    note: 'the plain "go in a different direction"',
    text: `Hi Nadia,

Thanks again for meeting with the team last week for the Content Strategist role. After a lot of back and forth, we've decided to go in a different direction with this hire.

We really appreciated your time and wish you the best.

Cheers,
Ben
Wildleaf Media`,
    expected: rejection('Wildleaf Media', 'Content Strategist', 'different_direction', 'first_interview'),
  },
  {
    id: 'direction-scope-changed',
    note: 'scope of the role changed after the final round; subject-like "Re:" line',
    text: `Subject: Re: Senior Product Designer application

Hi Olu,

Following our final round, leadership has changed the scope of the role: it will now sit in the platform team and focus almost entirely on internal tools. Given that, we don't think it's the right match for what you're looking for, and we're not going to move ahead.

Sorry to bring this after you invested so much time.

Best,
Carla
Design Manager, Quanta Retail`,
    expected: rejection('Quanta Retail', 'Senior Product Designer', 'different_direction', 'final_round'),
  },
  {
    id: 'direction-british-board',
    note: 'formal British partnership, "a rather different profile"',
    text: `Dear Ms Lindqvist,

Thank you for your interest in the position of Marketing Director with Pemberton & Lowe.

Following a review of our commercial priorities, the Board has decided to pursue a rather different profile for this appointment, and I am sorry to say that we shall not be taking your application further.

With kind regards,

Julian Marsh
Partner`,
    expected: rejection('Pemberton & Lowe', 'Marketing Director', 'different_direction', 'resume_screen'),
  },
  {
    id: 'direction-lowercase-cto',
    note: 'all lower case from a CTO; team restructured, hiring a different profile',
    text: `hey Kai, thanks for your patience. we've rethought the team structure and we're now hiring for a more senior, player-coach type of profile instead of the Engineering Manager role we interviewed you for. so we won't be continuing with your process. you were awesome in the loop though!

matt / cto @ loopstack`,
    expected: rejection('loopstack', 'Engineering Manager', 'different_direction', 'later_interview'),
  },
  {
    id: 'direction-german-requirements-changed',
    note: 'German-influenced English, requirements changed after a reorganisation',
    text: `Dear Mr. Nowak,

thank you for your application for the position of IT Project Manager and your patience.

In the meantime, the requirements for this position have changed significantly, because our department is newly organised. For this reason we cannot consider your application further.

Kind regards
Katrin Vogel
HR Department | Elbtal Logistik GmbH`,
    expected: rejection('Elbtal Logistik', 'IT Project Manager', 'different_direction', 'resume_screen'),
  },
  {
    id: 'direction-warm-rethink',
    note: 'warm, the team now wants a different focus; "someone with more of" is not a missing skill',
    text: `Hi Sofia!

Thank you so much for everything you put into the process for the Community Manager role — the presentation was lovely.

I have to share that the team has decided to rethink what they need from this role, and they're going to look for someone with more of an events focus rather than online community. It's a shift in direction on our side rather than anything you did.

I'd love to stay in touch!
xx Becca
Juniper Collective`,
    expected: rejection('Juniper Collective', 'Community Manager', 'different_direction', 'later_interview'),
  },

  // ───────────────────────────── missing_skill ─────────────────────────────
  {
    id: 'skill-kubernetes',
    note: 'praise, then "more hands-on experience with Kubernetes"',
    text: `Hi Ravi,

Thanks for your time with the team on Tuesday. The panel was positive about your background, but for this position we need someone with more hands-on experience with Kubernetes and running services in production, and they felt that gap was too big to close in the first few months.

So we won't be moving forward with your application for the Site Reliability Engineer role.

Best regards,
Elena
Cloudmere`,
    expected: rejection('Cloudmere', 'Site Reliability Engineer', 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-british-assessment-centre',
    note: 'formal British graduate scheme, modelling not at the level required',
    text: `Dear Mr Byrne,

Thank you for attending the assessment centre for the Graduate Analyst programme at Kestrel Capital.

Having considered your performance across the exercises, the assessors felt that your financial modelling was not yet at the level required for the programme. I am therefore sorry to inform you that your application will not progress further.

Yours sincerely,
Graduate Recruitment
Kestrel Capital`,
    expected: rejection('Kestrel Capital', 'Graduate Analyst', 'missing_skill', 'later_interview'),
  },
  {
    id: 'skill-technical-exercise-gaps',
    note: 'take-home review found gaps in SQL',
    text: `Hi Emma,

Thanks for completing the technical exercise for the Analytics Engineer position. The reviewers found some gaps in the SQL part, especially around window functions and data modelling, which are central to the day-to-day work here.

For that reason we've decided not to progress your application. If it helps, I'd be happy to share the reviewer notes.

Kind regards,
Sam
Tidewater Analytics`,
    expected: rejection('Tidewater Analytics', 'Analytics Engineer', 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-blunt-sales',
    note: 'blunt sales leader; the missing experience is described, not named as a skill',
    text: `Hi Marcus,

Appreciate you coming in to meet the team. Straight answer, since you asked for one: we need someone who's already closed six-figure B2B SaaS deals, and your background is mostly in SMB transactional sales. That's the reason we're passing for the Enterprise Account Executive role.

Good luck out there,
Derek
VP Sales | Stackrise`,
    expected: rejection('Stackrise', 'Enterprise Account Executive', 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-portuguese-python',
    note: 'Portuguese-influenced English with Portuguese greeting and closing',
    text: `Hi Beatriz, tudo bem?

Thank you for your participation in the technical interview for the Data Analyst position.

The team considered that you still need more practice with Python for data analysis, principally pandas, for the level of this position. For this reason we will not follow with your application in this moment.

We recommend that you apply again in the future!

Um abraço,
Rafael Costa
Talent Acquisition – Navega Pagamentos`,
    expected: rejection('Navega Pagamentos', 'Data Analyst', 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-german-sap',
    note: 'German-influenced English with a German closing, "(m/f/d)" in the role',
    text: `Dear Mrs. Hoffmann,

thank you for the interview for the position as Controller (m/f/d).

Unfortunately, we have to tell you that we have decided against your application. For this position, sound knowledge of SAP S/4HANA is absolutely necessary, which we could not yet recognise in your profile.

We wish you all the best for your future.

Mit freundlichen Grüßen
Thomas Schmid
Personal
Baumann Industrietechnik GmbH & Co. KG`,
    expected: rejection('Baumann Industrietechnik', 'Controller', 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-terse-react-native',
    note: 'terse, role only in the subject line',
    text: `Subject: Mobile Engineer – update

Hi Ana,

thanks for doing the pairing session. We're going to pass — the role needs strong React Native experience from day one and we didn't see enough of it in the session.

Best,
Jess
Pocketfolio`,
    expected: rejection('Pocketfolio', 'Mobile Engineer', 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-system-design-depth',
    note: 'bank, system design round lacked depth in distributed systems',
    text: `Hi Victor,

Thank you for interviewing for the Senior Software Engineer position at Halcyon Bank. The interviewers enjoyed the conversation, but felt your system design round did not show the depth of experience with distributed systems that this level requires.

We have decided not to proceed at this stage.

Regards,
Recruiting | Halcyon Bank`,
    expected: rejection('Halcyon Bank', 'Senior Software Engineer', 'missing_skill', 'later_interview'),
  },

  // ───────────────────────────── presentation_or_rapport ─────────────────────────────
  {
    id: 'rapport-communication',
    note: 'technical strength praised, communication to non-technical people was the concern',
    text: `Hi Leon,

Thank you for the time you spent with us for the Solutions Consultant role. The panel agreed you have strong technical knowledge, but they had concerns about how clearly you communicated complex ideas to a non-technical audience, which is a big part of the job.

We won't be moving forward, but I hope that's useful feedback.

All the best,
Naomi
Talent, Ferrocloud`,
    expected: rejection('Ferrocloud', 'Solutions Consultant', 'presentation_or_rapport', 'first_interview'),
  },
  {
    id: 'rapport-culture-add',
    note: 'startup shorthand "culture add"',
    text: `Hey Priscilla,

Thanks for coming on site. The team didn't feel it was the right culture add at this stage, so we're going to pass on the Operations Associate role.

Rooting for you!
Zoe @ Brightloom`,
    expected: rejection('Brightloom', 'Operations Associate', 'presentation_or_rapport', 'later_interview'),
  },
  {
    id: 'rapport-team-fit',
    note: 'polite small business, fit with the team',
    text: `Dear Jamal,

Thank you for meeting the team for the Office Manager position. While your experience is clearly relevant, after the final interview we didn't feel there was quite the right fit with the team's way of working.

We wish you every success.

Kind regards,
Louise
Hartley Dental Group`,
    expected: rejection('Hartley Dental Group', 'Office Manager', 'presentation_or_rapport', 'final_round'),
  },
  {
    id: 'rapport-answers-hard-to-follow',
    note: 'housing association, answers hard to follow and short on examples',
    text: `Hi Owen,

Thank you for interviewing with us for the Project Coordinator role. The feedback from the panel was that your answers were hard to follow at times and didn't always come back to concrete examples, so it was difficult for them to assess the impact you've had.

We're not going to take your application further this time, but please do apply again in future.

Regards,
Claire
People & Culture, Northgate Housing`,
    expected: rejection(
      'Northgate Housing',
      'Project Coordinator',
      'presentation_or_rapport',
      'first_interview',
    ),
  },
  {
    id: 'rapport-enthusiasm-founder',
    note: 'founder, no role named, lack of visible enthusiasm',
    text: `Hi Ellie,

We appreciated you coming in. Candidly, the hiring manager felt you didn't come across as very enthusiastic about our mission during the conversation, and for a team this small that matters a lot to us.

We'll be passing for now. Best of luck with your search.

Greg
Founder, Seedling Health`,
    expected: rejection('Seedling Health', null, 'presentation_or_rapport', 'first_interview'),
  },
  {
    id: 'rapport-portuguese-nervous',
    note: 'Portuguese-influenced English, nervous and no connection with the managers',
    text: `Dear Hugo,

Thank you for the interview for the Key Account Manager role.

The managers liked your experience, but they felt that in the interview you were a bit nervous and the conversation did not flow, so it was difficult to create connection with them. We decided to not continue with your candidacy.

I wish you much success,
Camila Rocha
RH – Sol Nascente Distribuidora`,
    expected: rejection(
      'Sol Nascente Distribuidora',
      'Key Account Manager',
      'presentation_or_rapport',
      'first_interview',
    ),
  },

  // ───────────────────────────── unknown ─────────────────────────────
  {
    id: 'unknown-ats-other-candidates',
    note: 'ATS: "move forward with other candidates" says nothing about why',
    text: `Subject: Thank you for applying to Northwind Payments

Hi Taylor,

Thank you for your interest in Northwind Payments. After careful consideration, we have decided to move forward with other candidates for the Product Support Specialist position.

We appreciate the time you invested in your application and encourage you to apply for future roles.

Best,
Northwind Payments Talent Team

Sent via Greenhouse`,
    expected: rejection('Northwind Payments', 'Product Support Specialist', 'unknown', 'resume_screen', true),
  },
  {
    id: 'unknown-one-liner',
    note: 'the shortest possible rejection',
    text: `Hi Devon,

Thanks for your time. We're not moving forward at this time.

Best,
Hiring Team, Quillpad`,
    expected: rejection('Quillpad', null, 'unknown', null),
  },
  {
    id: 'unknown-british-unsuccessful',
    note: 'very formal British "on this occasion your application has been unsuccessful"',
    text: `Dear Mr Fairbanks,

Application for the post of Senior Librarian (ref. LIB/0419)

Thank you for your recent application. I regret to inform you that on this occasion your application has been unsuccessful.

May I take this opportunity to thank you for your interest in working at Greyfriars College, and to wish you every success in the future.

Yours faithfully,

Human Resources`,
    expected: rejection('Greyfriars College', 'Senior Librarian', 'unknown', 'resume_screen'),
  },
  {
    id: 'unknown-impressed-however',
    note: 'tricky: "impressed with your experience, however" is praise, not a reason',
    text: `Hi Charlotte,

Thanks so much for interviewing with us for the Brand Designer role. We were impressed with your experience and your portfolio, however, we have decided not to move forward with your candidacy.

We wish you the best of luck!

Tamsin
Recruiting at Ollie & Oak`,
    expected: rejection('Ollie & Oak', 'Brand Designer', 'unknown', 'first_interview'),
  },
  {
    id: 'unknown-not-filled-yet',
    note: 'tricky: "has not been filled yet, but" is not timing',
    text: `Hello Rahul,

Thank you for your patience. The Network Engineer position has not been filled yet, but we have decided not to continue with your application.

Kind regards,
IT Recruitment
Marlow Telecom`,
    expected: rejection('Marlow Telecom', 'Network Engineer', 'unknown', null),
  },
  {
    id: 'unknown-ats-volume-not-a-reflection',
    note: 'ATS, volume of applications, "not a reflection of your skills"',
    text: `Subject: Your application to Greenleaf Energy

Dear Applicant,

Thank you for applying for the Sustainability Analyst role. Due to the high volume of applications we received, we are unable to progress your application on this occasion. Please know this is not a reflection of your skills or potential.

Kind regards,
Greenleaf Energy Recruitment

This is an automated message sent by our applicant tracking system. Please do not reply.`,
    expected: rejection('Greenleaf Energy', 'Sustainability Analyst', 'unknown', 'resume_screen', true),
  },
  {
    id: 'unknown-agency-unnamed-client',
    note: 'agency recruiter, the client is not named: no company rather than the agency',
    text: `Hi Priyanka,

Unfortunately the client has come back and they won't be progressing your application for the Payroll Administrator role. They didn't give any detailed feedback, I'm afraid, but I'll chase for some if I can.

Speak soon,
Gemma
Recruitment Consultant, Apex People Solutions`,
    expected: rejection(null, 'Payroll Administrator', 'unknown', 'resume_screen'),
  },
  {
    id: 'unknown-portuguese-closing',
    note: 'Portuguese greeting and closing, signature with only a department',
    text: `Olá Mariana,

Thank you for your time in the interviews for the Frontend Engineer role at Pitanga Tech.

After analysing all the profiles, we decided not to advance with your application at this moment. We hope to cross paths again in the future!

Obrigada e boa sorte,
Carolina
Pessoas & Cultura`,
    expected: rejection('Pitanga Tech', 'Frontend Engineer', 'unknown', 'later_interview'),
  },
  {
    id: 'unknown-german-greeting',
    note: 'German greeting and closing, "Das … Team" signature',
    text: `Hallo Lukas,

thanks again for your application for the Working Student Marketing position at Wunderkraut.

Unfortunately we have to tell you that we will not consider your application further. We get many applications and cannot give individual feedback, we hope for your understanding.

Viele Grüße
Das Wunderkraut Team`,
    expected: rejection('Wunderkraut', 'Working Student Marketing', 'unknown', 'resume_screen'),
  },
  {
    id: 'unknown-reply-with-quote',
    note: "a reply pasted with the client's own quoted message underneath",
    text: `Hi Anders,

Thanks for following up, and sorry for the slow reply. We've now completed interviews and won't be taking your application further.

Best wishes,
Priti

On Mon, 3 Jun 2024 at 09:12, Anders Lund wrote:
> Hi Priti, I just wanted to check in on the Platform Engineer role at Greystone Data. I enjoyed meeting the team and would love to hear about next steps.
> Best, Anders`,
    expected: rejection('Greystone Data', 'Platform Engineer', 'unknown', 'first_interview'),
  },

  // ───────────────────────────── not rejections ─────────────────────────────
  {
    id: 'not-rejection-interview-invite',
    note: 'an invitation to a first interview',
    text: `Subject: Interview invitation – Product Analyst

Hi Farah,

Thanks for applying for the Product Analyst role at Meridian Travel! We'd love to invite you to a first interview with our Head of Data. Could you let me know your availability next week?

Looking forward to speaking,
Lucy
Talent Acquisition, Meridian Travel`,
    expected: notARejection('Meridian Travel', 'Product Analyst'),
  },
  {
    id: 'not-rejection-ats-acknowledgement',
    note: 'automated acknowledgement of an application',
    text: `Subject: We've received your application

Hi Jamie,

Thank you for applying to the Customer Support Agent position at Bluefin Airlines. We have received your application and our team will review it shortly. If your profile matches what we are looking for, we will be in touch.

Best regards,
Bluefin Airlines Careers

This is an automated message – please do not reply.`,
    expected: notARejection('Bluefin Airlines', 'Customer Support Agent', true),
  },
  {
    id: 'not-rejection-final-round',
    note: 'tricky: "move forward with you" is progress',
    text: `Hi Noah,

Great news — the team loved your case study and we'd like to move forward with you to the final round for the Growth Marketing Manager role. You'll meet our CEO and the Head of Finance.

Can you send over a few times that work for you?

Cheers,
Isla
Talent, Sprout & Co`,
    expected: notARejection('Sprout & Co', 'Growth Marketing Manager'),
  },
  {
    id: 'not-rejection-offer',
    note: 'a formal British offer',
    text: `Dear Ms Adeyemi,

Further to your interview, I am delighted to offer you the post of Clinical Lead on the terms set out in the attached letter.

Please confirm your acceptance by Friday 12 July.

Yours sincerely,
Dr Paul Stanton
Medical Director, Riverside Community Health`,
    expected: notARejection('Riverside Community Health', 'Clinical Lead'),
  },

  // ─────────── written after the first version of the rules (see the note at the top) ───────────
  {
    id: 'unknown-graduate-scheme',
    note: 'bank early-careers ATS, unmonitored inbox',
    text: `Dear Hannah,

Thank you for your application to the Graduate Software Engineer scheme at Tallis Bank. We have now reviewed your application and unfortunately we won't be taking it forward on this occasion.

We wish you the very best with your future applications.

Tallis Bank Early Careers

Please note this inbox is not monitored.`,
    expected: rejection('Tallis Bank', 'Graduate Software Engineer', 'unknown', 'resume_screen', true),
  },
  {
    id: 'better-offer-extended-elsewhere',
    note: 'startup, an offer extended to someone with more enterprise experience',
    text: `Hi Noor,

Thanks for your patience. The team has decided to extend an offer to a candidate who has more experience managing enterprise accounts, so we'll be closing your application.

Really appreciated getting to know you.

Best,
Jake
Fieldstone`,
    expected: rejection('Fieldstone', null, 'better_qualified_candidate', 'first_interview'),
  },
  {
    id: 'internal-nhs-existing-staff',
    note: 'formal public sector, offered to an existing member of staff',
    text: `Dear Mr Osei,

We have now concluded the recruitment process for the Finance Business Partner vacancy, and I regret to inform you that the role has been offered to an existing member of staff.

Thank you for the time you gave to the process.

Yours sincerely,

Patricia Gould
HR Advisor
Kingsmead NHS Foundation Trust`,
    expected: rejection(
      'Kingsmead NHS Foundation Trust',
      'Finance Business Partner',
      'internal_candidate',
      null,
    ),
  },
  {
    id: 'timing-salary-budget',
    note: 'salary expectations above the budget',
    text: `Hi Alina,

Thanks for the great conversations. Unfortunately, your salary expectations are above the budget we have for the Senior Data Engineer role, and we aren't able to stretch it this year.

If that changes I'd love to reconnect.

Cheers,
Ollie
Brambleworks`,
    expected: rejection('Brambleworks', 'Senior Data Engineer', 'timing_or_budget', 'first_interview'),
  },
  {
    id: 'timing-role-merged',
    note: 'Polish company, the position merged into another role (it no longer exists)',
    text: `Hello Ivan,

we have reconsidered the Product Owner position and decided to merge it with an existing role in the team, so we will not continue the recruitment.

Thank you for your time and interest.

Kind regards,
Marta Wiśniewska
HR, Polarfield Sp. z o.o.`,
    expected: rejection('Polarfield', 'Product Owner', 'timing_or_budget', null),
  },
  {
    id: 'skill-german-requirements',
    note: 'German-influenced English, fluent German and Angular required',
    text: `Dear Mr. Klein,

thank you for your application as Frontend Developer.

After reviewing your documents we have to tell you that for this position we require fluent German (C1) and good experience with Angular. Unfortunately your profile does not fulfil these requirements at the moment.

With best regards
Anja Meier
Recruiting
Sonnenfeld Digital GmbH`,
    expected: rejection('Sonnenfeld Digital', 'Frontend Developer', 'missing_skill', 'resume_screen'),
  },
  {
    id: 'rapport-presentation-unprepared',
    note: 'terse, presentation felt unprepared',
    text: `Hey Tom — team's feedback is that the presentation felt a bit unprepared and they didn't get a clear picture of your approach. We'll pass this time.

Rachel | Glint`,
    expected: rejection('Glint', null, 'presentation_or_rapport', 'first_interview'),
  },
  {
    id: 'unknown-arts-centre-not-selected',
    note: 'formal British, not selected for interview, volume of applications',
    text: `Dear Ms Hughes,

Thank you for your interest in the position of Events Officer.

Following careful consideration of all applications received, I am sorry to inform you that you have not been selected for interview. We received a large number of applications for this post.

Yours sincerely,

Recruitment Team
Thornbury Arts Centre`,
    expected: rejection('Thornbury Arts Centre', 'Events Officer', 'unknown', 'resume_screen'),
  },
  {
    id: 'better-agency-sector-experience',
    note: 'agency recruiter, the client went with someone with more sector experience',
    text: `Hi Ben,

Just heard from Corwell Engineering on the Mechanical Design Engineer role — they've gone with a candidate who had more nuclear sector experience. Sorry mate.

I'll keep you posted on the others.

Cheers,
Liam
Apex Technical Recruitment`,
    expected: rejection(
      'Corwell Engineering',
      'Mechanical Design Engineer',
      'better_qualified_candidate',
      'resume_screen',
    ),
  },
  {
    id: 'not-rejection-phone-screen-invite',
    note: 'not a rejection: setting up a phone screen',
    text: `Hi Zara,

Thanks for your application for the Customer Insights Analyst role at Pebble Finance. I'd like to set up a 30-minute phone screen — would Tuesday or Wednesday afternoon suit you?

Best,
Imogen
Talent Team, Pebble Finance`,
    expected: notARejection('Pebble Finance', 'Customer Insights Analyst'),
  },
  {
    id: 'unknown-portuguese-next-phase',
    note: 'Portuguese-influenced English with Portuguese greeting and closing',
    text: `Olá Tiago,

Thank you very much for your interest in the vacancy of Backend Developer at Lusotech. We inform that your profile was not selected to the next phase of the process.

We wish you success in your career!

Atenciosamente,
Equipe de Recrutamento Lusotech`,
    expected: rejection('Lusotech', 'Backend Developer', 'unknown', 'resume_screen'),
  },
  {
    id: 'timing-us-canceled',
    note: 'US ATS, position canceled (one l), automated notification',
    text: `Hi Casey,

Thanks for applying to Redline Freight. We're writing to let you know that the Dispatcher position you applied for has been canceled due to changing business needs.

Sincerely,
Redline Freight Talent Acquisition

This is an automated notification; replies are not monitored.`,
    expected: rejection('Redline Freight', 'Dispatcher', 'timing_or_budget', 'resume_screen', true),
  },
  {
    id: 'direction-more-senior-level',
    note: 'the role is being re-levelled to a more senior hire',
    text: `Hi Freya,

I'm sorry to say we've decided to hire for a more senior level instead, so the Marketing Executive role won't be going ahead in its current form.

Thanks so much for your time.

Sophie
Hollow Oak Studio`,
    expected: rejection('Hollow Oak Studio', 'Marketing Executive', 'different_direction', null),
  },
  {
    id: 'skill-commercial-depth',
    note: 'praise, then answers lacked commercial depth',
    text: `Hi Daniel,

Thank you for your time on the case study. The panel felt you have great stakeholder skills but your answers on pricing strategy lacked the commercial depth we need for a Senior Product Manager. We won't progress further.

Best wishes,
Amara
Lattice Health`,
    expected: rejection('Lattice Health', 'Senior Product Manager', 'missing_skill', 'later_interview'),
  },
  {
    id: 'internal-lowercase-existing-engineer',
    note: 'all lower case, an existing engineer moved into the role',
    text: `hi jess, wanted to close the loop — we ended up moving one of our existing engineers into the Tech Lead spot. really enjoyed talking with you and hope our paths cross again.

- rob, Quayside`,
    expected: rejection('Quayside', 'Tech Lead', 'internal_candidate', 'first_interview'),
  },
  {
    id: 'rapport-school-examples',
    note: 'school, answers without specific examples',
    text: `Dear Mr Castillo,

Thank you for attending the interview for the Teaching Assistant post. The panel felt that, although you clearly have relevant experience, your responses did not give enough specific examples of how you have supported pupils with additional needs.

I am sorry to disappoint you on this occasion.

Yours sincerely,
Mrs J Whitfield
School Business Manager
St Anne's Primary School`,
    expected: rejection(
      "St Anne's Primary School",
      'Teaching Assistant',
      'presentation_or_rapport',
      'first_interview',
    ),
  },
  {
    id: 'unknown-ats-generated-automatically',
    note: 'ATS with "generated automatically" and "do not respond"',
    text: `Dear Applicant,

Thank you for your interest in opportunities at Verdant Foods. We have carefully reviewed your qualifications and regret that we are unable to offer you a position at this time. We will retain your information in our database.

*This message was generated automatically. Please do not respond to this email.*`,
    expected: rejection('Verdant Foods', null, 'unknown', 'resume_screen', true),
  },
  {
    id: 'better-indian-english-microservices',
    note: 'Indian English HR template, candidates having more relevant experience',
    text: `Dear Rohan,

We appreciate your interest in the Java Developer opening with Nimbus Softech. After detailed evaluation, we have decided to proceed with candidates having more relevant experience in microservices.

Best wishes for your future endeavours.

Regards,
Talent Acquisition Team
Nimbus Softech`,
    expected: rejection('Nimbus Softech', 'Java Developer', 'better_qualified_candidate', 'resume_screen'),
  },
  {
    id: 'timing-german-frozen',
    note: 'German greeting and closing, position frozen in a reorganisation, gender note mid-title',
    text: `Hallo Frau Schneider,

thank you for your interest in the Werkstudent (m/w/d) HR position. Unfortunately, the position is currently frozen due to a reorganisation. We will inform you if it is reopened.

Beste Grüße
Lena Wolf
People & Culture, Brückner Mobility`,
    expected: rejection('Brückner Mobility', 'Werkstudent HR', 'timing_or_budget', 'resume_screen'),
  },
  {
    id: 'direction-brief-changed-location',
    note: 'warm, the brief changed to a Singapore-based hire',
    text: `Hi Lucy!

Thank you for being so generous with your time. After lots of reflection, we've realised we need the Head of Partnerships to be based in Singapore, so we're changing the brief and won't be moving ahead with UK-based candidates. I'm genuinely sorry.

Warmest wishes,
Anika
Tandem Travel`,
    expected: rejection('Tandem Travel', 'Head of Partnerships', 'different_direction', null),
  },
  {
    id: 'not-rejection-passed-technical-test',
    note: 'not a rejection: passed the technical test, next interview',
    text: `Hi Sergio,

Congratulations — you've passed the technical test for the Cloud Engineer role at Stratus One! The next step is a 45-minute interview with the platform team. Please book a slot using the link below.

Best regards,
Ella
Stratus One Recruiting`,
    expected: notARejection('Stratus One', 'Cloud Engineer'),
  },
  {
    id: 'skill-salesforce-terse',
    note: 'very short, no company, hit the ground running with a tool',
    text: `Thanks for the chat Priya. We need someone who can hit the ground running with Salesforce admin, and I don't think we're there yet.

All the best,
Mo`,
    expected: rejection(null, null, 'missing_skill', 'phone_screen'),
  },
  {
    id: 'unknown-portuguese-other-candidates',
    note: 'Portuguese greeting and closing around a generic English line',
    text: `Oi Ana, obrigado pela paciência!

Unfortunately we decided to continue with other candidates for the UX Writer role.

Abraços,
Júlia — Bossa Labs`,
    expected: rejection('Bossa Labs', 'UX Writer', 'unknown', null),
  },
  {
    id: 'rapport-ceo-never-clicked',
    note: 'final round, the conversation with the CEO never clicked',
    text: `Hi Kwame,

Thank you for coming in for the final round for the Head of Customer Success role. The CEO felt the conversation never quite clicked and that you were more reserved than she expected for a role that leads a team of 40.

We won't be making an offer.

Best,
Lina
People Ops, Arbor Software`,
    expected: rejection(
      'Arbor Software',
      'Head of Customer Success',
      'presentation_or_rapport',
      'final_round',
    ),
  },
  // ───────────────────────────── Written for the second corpus (issue 21): development part ─────────────────────────────
  {
    id: 'internal-ats-current-employee',
    note: 'ATS template, American, "current employee" selected',
    text: `Subject: Your application for Branch Operations Supervisor

Dear Candidate,

Thank you for your interest in the Branch Operations Supervisor position at Harbor Point Bank. We have selected a current employee for this opening and are no longer considering other applicants.

We appreciate your interest in Harbor Point Bank and encourage you to review our other openings.

Harbor Point Bank Talent Acquisition
This is an automated message. Replies to this address are not monitored.`,
    expected: rejection(
      'Harbor Point Bank',
      'Branch Operations Supervisor',
      'internal_candidate',
      'resume_screen',
      true,
    ),
  },
  {
    id: 'internal-british-secondment',
    note: 'British formal, secondment made permanent',
    text: `Dear Mr Adeyemi,

Re: Housing Options Officer (Ref HO/2231)

Thank you for attending interview on Thursday. I am writing to let you know that the post has been offered to a colleague who has been undertaking the role on secondment, and who has now accepted it on a permanent basis.

I am sorry that I cannot bring you better news on this occasion, and thank you for the interest you have shown in working for Wexcombe Borough Council.

Yours sincerely,

Denise Carter
Recruitment Officer
Wexcombe Borough Council`,
    expected: rejection(
      'Wexcombe Borough Council',
      'Housing Options Officer',
      'internal_candidate',
      'first_interview',
    ),
  },
  {
    id: 'internal-agency-internal-move',
    note: 'agency recruiter, British casual, client moved someone across',
    text: `Hi Josh,

Sorry it's taken a while to get back to you. Pennant Foods have come back on the Category Buyer role and they've decided to move someone across from their trading team instead, so it's a no I'm afraid. They liked you at interview, for what it's worth.

I'll ring you tomorrow about the Asda-side role I mentioned.

Cheers,
Nikki
Senior Consultant | Oakline Recruitment`,
    expected: rejection('Pennant Foods', 'Category Buyer', 'internal_candidate', 'first_interview'),
  },
  {
    id: 'internal-terse-slack',
    note: 'one line, startup founder',
    text: `Hey Raj, we're going to fill Head of Ops internally after all, sorry to mess you around. — Tess, Fernhill`,
    expected: rejection('Fernhill', 'Head of Ops', 'internal_candidate', null),
  },
  {
    id: 'internal-indian-english-internal-resource',
    note: 'Indian English, "internal resource"',
    text: `Dear Prakash,

Greetings from Tridax Infosolutions!

Thank you for attending the interview for the position of Project Lead. We would like to inform you that the management has decided to fill the requirement with an internal resource. Hence we will not be able to take your candidature further at this point of time.

We will reach out to you for future requirements.

Thanks & Regards,
Kavitha R
HR Team
Tridax Infosolutions`,
    expected: rejection('Tridax Infosolutions', 'Project Lead', 'internal_candidate', 'first_interview'),
  },
  {
    id: 'internal-hospital-acting',
    note: 'nurse manager, acting post-holder appointed',
    text: `Dear Siobhan,

Thank you for coming to interview for the Ward Manager post on Ward 7. It was lovely to meet you. I'm afraid on this occasion we have appointed the current acting ward manager, who has been in post since January.

Please don't be discouraged — you interviewed well and I'd encourage you to look out for our Band 7 vacancies later in the year.

Kind regards,
Fiona McLeod
Matron, Surgical Division
St Columba's Hospital`,
    expected: rejection("St Columba's Hospital", 'Ward Manager', 'internal_candidate', 'first_interview'),
  },
  {
    id: 'internal-australian-redeploy',
    note: 'Australian public sector, redeployment obligations',
    text: `Dear Ms Nguyen,

Thank you for your participation in the selection process for the Senior Policy Officer (APS 6) role, including the work sample and panel interview.

The Department has an obligation to consider eligible redeployees before external applicants, and the position has been filled through redeployment of an existing staff member. As a result, the selection process has concluded and your application will not progress.

We thank you for your interest.

Recruitment Services
Department of Transport`,
    expected: rejection(
      'Department of Transport',
      'Senior Policy Officer',
      'internal_candidate',
      'later_interview',
    ),
  },
  {
    id: 'internal-german-existing-employee',
    note: 'German-influenced English, existing colleague',
    text: `Dear Mr. Braun,

thank you for your interest and the interview for the position as Purchasing Manager.

After careful consideration we have decided to fill the position with an employee from our own house. We ask for your understanding and wish you for your future way all the best.

Kind regards

Petra Vogt
Human Resources
Lindholm Maschinenbau GmbH`,
    expected: rejection(
      'Lindholm Maschinenbau',
      'Purchasing Manager',
      'internal_candidate',
      'first_interview',
    ),
  },
  {
    id: 'internal-us-retail-promote',
    note: 'retail chain, store promotes from within',
    text: `Hi Chris,

Thanks for the phone call on Monday. I just heard from our district manager that they'll be promoting our assistant manager at the Boulder store into the Store Manager role, so we won't be moving forward with external candidates.

I appreciate your interest in Trailhead Outfitters!

Jenna
Regional Recruiter`,
    expected: rejection('Trailhead Outfitters', 'Store Manager', 'internal_candidate', 'phone_screen'),
  },
  {
    id: 'internal-nigerian-english',
    note: 'Nigerian English, formal, internal staff',
    text: `Dear Chukwuemeka,

We refer to your interview for the role of Credit Analyst held on 12th instant.

We wish to inform you that management has decided to fill the vacancy with a staff member from within the bank. We appreciate the time and effort you put into the process and wish you success in your future endeavours.

Yours faithfully,
For: Crestfield Microfinance Bank
Head, Human Resources`,
    expected: rejection(
      'Crestfield Microfinance Bank',
      'Credit Analyst',
      'internal_candidate',
      'first_interview',
    ),
  },
  {
    id: 'internal-startup-contractor',
    note: 'startup converting contractor to full-time',
    text: `Hi Aiyana,

Thank you for all the time you put into the Product Designer process, the portfolio review was great.

Here's the honest update: we've decided to convert the contractor who's been working with us for the past year into the full-time role. She already knows the product inside out and it felt like the right call for where we are.

Really sorry this isn't better news. Let's stay in touch.

Oscar
Co-founder, Pebblebeam`,
    expected: rejection('Pebblebeam', 'Product Designer', 'internal_candidate', 'later_interview'),
  },
  {
    id: 'internal-university-internal-appt',
    note: 'British university, internal appointment',
    text: `Dear Dr Alvarez,

Research Officer, School of Chemistry (Ref: 004512)

Thank you for your application for the above post. I am writing to inform you that an internal appointment has been made and the vacancy is therefore now closed.

We thank you for your interest in the University of Northbridge.

Yours sincerely,

HR Services
University of Northbridge`,
    expected: rejection(
      'University of Northbridge',
      'Research Officer',
      'internal_candidate',
      'resume_screen',
    ),
  },
  {
    id: 'internal-hiring-manager-own-team',
    note: 'hiring manager, plain, someone in their own team',
    text: `Hi Ellen,

Thank you for making it through to the final stage for the Data Engineering Manager role. I'm writing myself because I wanted you to hear it from me: we've offered the job to someone from my own team who has grown a lot over the last year and applied in parallel.

You were a very strong candidate and I'd be glad to be a reference point if that ever helps.

Regards,
Martin Oyelaran
Head of Data, Quarry Lane Analytics`,
    expected: rejection(
      'Quarry Lane Analytics',
      'Data Engineering Manager',
      'internal_candidate',
      'final_round',
    ),
  },
  {
    id: 'internal-south-african',
    note: 'South African English, internal',
    text: `Morning Thandi,

Thank you for your time on Friday. Unfortunately, the Portfolio Manager post has been filled by an internal candidate from our Durban branch.

We'll keep your CV on record, and wish you all of the best with your search.

Kind regards,
Lerato Mokoena
HR Officer | Kloofview Properties`,
    expected: rejection('Kloofview Properties', 'Portfolio Manager', 'internal_candidate', 'first_interview'),
  },
  {
    id: 'internal-ats-internal-applicant-selected',
    note: 'ATS, short, internal applicant selected',
    text: `Thank you for applying to Instructional Coach at Cedar Valley School District.

This position has been filled by an internal applicant. We encourage you to continue to apply for positions that match your qualifications.

Cedar Valley School District Human Resources
Powered by Workday - please do not reply to this email.`,
    expected: rejection(
      'Cedar Valley School District',
      'Instructional Coach',
      'internal_candidate',
      'resume_screen',
      true,
    ),
  },
  {
    id: 'internal-personal-friend-referral',
    note: 'personal note from a referrer, internal hire',
    text: `Hi Sam,

Just got the news from the hiring manager — they're giving the Solutions Engineer job to a guy from our support team who's been angling for it for ages. I know that's frustrating after you did the interview. For what it's worth they said you were great.

Beers on me next week.

Jonno
Brightwater`,
    expected: rejection('Brightwater', 'Solutions Engineer', 'internal_candidate', 'first_interview'),
  },
  {
    id: 'internal-irish-reorg',
    note: 'Irish, restructure placed an existing employee',
    text: `Hi Aoife,

Thanks a million for coming in for the second interview. As part of a wider restructure we've placed one of our existing employees into the Member Services Manager role, so we won't be making an external appointment.

Sorry to be the bearer of that news. Best of luck with everything.

Ciarán
HR, Ardmore Credit Union`,
    expected: rejection(
      'Ardmore Credit Union',
      'Member Services Manager',
      'internal_candidate',
      'later_interview',
    ),
  },
  {
    id: 'direction-ats-evolved-needs',
    note: 'ATS, needs of the business evolved',
    text: `Subject: Update regarding your application

Hello Priya,

Thank you for applying for the Marketing Operations Specialist role at Summit Arc. Since the role was posted, the needs of the team have evolved, and we are now recruiting for a different profile. As a result, we will not be moving forward with your application.

We appreciate your interest in Summit Arc.

Summit Arc Recruiting
This email was sent automatically. Please do not reply.`,
    expected: rejection(
      'Summit Arc',
      'Marketing Operations Specialist',
      'different_direction',
      'resume_screen',
      true,
    ),
  },
  {
    id: 'direction-startup-pivot',
    note: 'startup, pivot changed what they hire for',
    text: `Hi Carlos,

Thanks for chatting with us about the Growth Marketer job. Since we spoke, we've pivoted hard towards enterprise sales, and we need someone on the sales side rather than a growth marketer now. So we're closing this search.

Sorry about the whiplash. If you know any great AEs, send them my way!

Fatima
CEO, Nimbo`,
    expected: rejection('Nimbo', 'Growth Marketer', 'different_direction', 'first_interview'),
  },
  {
    id: 'direction-german-reorganisation',
    note: 'German-influenced, position newly oriented',
    text: `Dear Mrs. Yilmaz,

thank you for your application for the position as Key Account Manager.

Due to an internal reorientation, the position will be newly defined with a focus on the wind-offshore business. Your profile unfortunately no longer fits to the new orientation, therefore we cannot consider your application further.

With kind regards

Markus Lenz
Human Resources
Ostwind Energie GmbH`,
    expected: rejection('Ostwind Energie', 'Key Account Manager', 'different_direction', 'resume_screen'),
  },
  {
    id: 'direction-us-contract-role',
    note: 'full-time converted to contract',
    text: `Hi Jasmine,

I appreciate you taking the time to interview for the Video Producer position. Our leadership team has decided to move this work to a freelance, project-based model instead of hiring a full-time producer, so we will not be filling the role as posted.

Please feel free to reach out if you'd be open to freelance work with Redfern Media.

Thank you,
Monica Hale
People Operations`,
    expected: rejection('Redfern Media', 'Video Producer', 'different_direction', 'first_interview'),
  },
  {
    id: 'direction-ngo-donor-priorities',
    note: 'NGO, donor priorities changed the role',
    text: `Dear Abdi,

Thank you for your interview for the Monitoring and Evaluation Officer position in Nairobi.

Following discussions with our main donor, the focus of the project has shifted from water access to climate resilience, and the role will now require a different technical profile. For this reason we will not proceed with the current recruitment.

We are grateful for your time and wish you well.

Kind regards,
Grace Wanjiru
HR and Administration, Clearwater Relief`,
    expected: rejection(
      'Clearwater Relief',
      'Monitoring and Evaluation Officer',
      'different_direction',
      'first_interview',
    ),
  },
  {
    id: 'direction-terse-rethinking',
    note: 'terse, "rethinking the role"',
    text: `Hi Bea — we're rethinking the Office Manager role entirely, so I'm closing the loop with everyone in the process. Thanks for your patience. Tom, Lumen Labs`,
    expected: rejection('Lumen Labs', 'Office Manager', 'different_direction', null),
  },
  {
    id: 'direction-senior-to-junior',
    note: 'hiring more junior instead',
    text: `Dear Mr Hanley,

Thank you for meeting with us regarding the Senior Paralegal vacancy. Having reviewed the team's workload, the partners have decided to recruit at a more junior level and train the successful candidate in-house. As your experience is well above what the revised role offers, we will not be progressing your application.

Thank you for your interest in Osprey Legal.

Kind regards,
Harriet Lowe
Practice Manager`,
    expected: rejection('Osprey Legal', 'Senior Paralegal', 'different_direction', 'first_interview'),
  },
  {
    id: 'direction-ats-requirements-updated',
    note: 'ATS, requirements updated',
    text: `Dear Applicant,

Thank you for your interest in the IT Support Technician position at Bellweather Systems. The requirements for this position have been updated and we are reviewing applicants against a revised job description. Unfortunately your application does not align with the updated role, and we will not be moving forward.

Regards,
Bellweather Systems Recruitment Team

Please do not reply to this automated notification.`,
    expected: rejection(
      'Bellweather Systems',
      'IT Support Technician',
      'different_direction',
      'resume_screen',
      true,
    ),
  },
  {
    id: 'direction-founder-ai-tooling',
    note: 'founder, decided to buy tooling instead of hire',
    text: `Hi Imani,

I'm sorry to be writing this after you did the case study — it was genuinely good. We've decided to change course: instead of hiring a Data Analyst, we'll bring in an analytics consultancy for the next six months and revisit the hire later.

I'd be glad to write you a recommendation on LinkedIn if that helps at all.

Warmly,
Hugo
Founder, Copperleaf`,
    expected: rejection('Copperleaf', 'Data Analyst', 'different_direction', 'later_interview'),
  },
  {
    id: 'direction-singapore-regional',
    note: 'Singapore English, role made regional',
    text: `Hi Wei Ling,

Thank you for attending the interview for the Operations Executive role. We would like to update that the management has decided to restructure the role into a regional position covering Malaysia and Indonesia, with frequent travel required. As discussed, this will not suit your requirements, so we will not proceed further.

Thank you and all the best.

Regards,
Jasmine Tan
HR Department, Merlion Logistics`,
    expected: rejection(
      'Merlion Logistics',
      'Operations Executive',
      'different_direction',
      'first_interview',
    ),
  },
  {
    id: 'direction-consultancy-different-skillset',
    note: 'consultancy, different skill set',
    text: `Hi Daniel,

Thanks for the call on Wednesday. Since we spoke, our client engagement has changed and we now need the Associate Consultant to have a different skill set, much more focused on supply chain analytics than on the organisational change work we discussed.

So we won't be moving forward at this stage, but I'd like to keep your CV for future change projects.

Best wishes,
Olivia Ward
Talent Manager, Brackwell Partners`,
    expected: rejection('Brackwell Partners', 'Associate Consultant', 'different_direction', 'phone_screen'),
  },
  {
    id: 'direction-agency-perm-to-temp',
    note: 'agency, client wants temp instead',
    text: `Hi Sarah,

Just a quick update from Haverley Estates about the Office Administrator post. They've decided they now only want a three-month temp while they work out their plans, rather than a permanent hire, so they won't be looking at permanent candidates.

I know you're after something permanent so I've taken you off the shortlist. Chat soon!

Leanne
Castlegate Recruitment`,
    expected: rejection('Haverley Estates', 'Office Administrator', 'different_direction', 'resume_screen'),
  },
  {
    id: 'direction-hiring-manager-rewrote',
    note: 'hiring manager rewrote the job',
    text: `Dear Omar,

I wanted to update you on the Clinical Product Manager role. After the second round, our leadership team revisited the product roadmap and we have rewritten the job around regulatory submissions, which is a very different job from the one you interviewed for.

As a result we are closing the current process. Thank you for your time and the thoughtful questions you asked.

Best regards,
Dr. Karen Bloom
Director of Product, Verity Health`,
    expected: rejection(
      'Verity Health',
      'Clinical Product Manager',
      'different_direction',
      'later_interview',
    ),
  },
  {
    id: 'direction-us-team-change',
    note: 'American, team the role sat in was reorganized',
    text: `Hi Brandon,

Thanks for your time last Thursday. We've since reorganized our engineering teams and the QA Lead role, as we described it to you, no longer exists; testing will be owned by each product squad instead.

I'm sorry we couldn't give you a better outcome.

Sincerely,
Kimberly Ross
Talent Acquisition, Alder Creek Software`,
    expected: rejection('Alder Creek Software', 'QA Lead', 'different_direction', 'first_interview'),
  },
  {
    id: 'direction-brazilian-new-profile',
    note: 'Brazilian Portuguese-influenced English',
    text: `Olá Renata,

Thank you for your participation in the interview for the Scrum Master position at Ipê Digital. We inform that the area decided to change the profile of the vacancy, now searching a person with more focus in product management. For this, we will not continue with your candidacy.

We thank a lot your interest!

Abraços,
Patrícia Souza
Gente & Gestão | Ipê Digital`,
    expected: rejection('Ipê Digital', 'Scrum Master', 'different_direction', 'first_interview'),
  },
  {
    id: 'timing-charity-post-withdrawn',
    note: 'charity withdraws the post, work shared among staff (no hire at all: timing, like a merged role)',
    text: `Dear Naomi,

Thank you for applying for the Volunteer Coordinator role at Greenway Foodbank. Our trustees have since decided to share the coordination work between existing staff and a volunteer lead rather than creating a new paid post.

This means the vacancy has been withdrawn in its original form. We are grateful for your interest in our work.

With best wishes,
Paul Fenton
Chair of Trustees`,
    expected: rejection('Greenway Foodbank', 'Volunteer Coordinator', 'timing_or_budget', 'resume_screen'),
  },
  {
    id: 'direction-kiwi-bigger-role',
    note: 'New Zealand, role widened into a bigger one',
    text: `Kia ora Hemi,

Thanks heaps for coming in last week. After talking it through, we've decided to roll the Production Coordinator job into a bigger operations manager role, which is a different level to what we interviewed for. So we won't be taking things further for now.

Ngā mihi,
Aroha
Kauri Print`,
    expected: rejection('Kauri Print', 'Production Coordinator', 'different_direction', 'first_interview'),
  },
  {
    id: 'direction-bank-location-hub',
    note: 'bank moving role to another hub',
    text: `Subject: Risk Analyst – application update

Dear Amira,

Thank you for applying for the Risk Analyst position at Fairhaven Bank. The role is being relocated to our Glasgow hub and will be re-advertised with a revised job description. As a result, we are not progressing applications received for the London-based role.

Kind regards,
Fairhaven Bank Resourcing
This mailbox is unmonitored.`,
    expected: rejection('Fairhaven Bank', 'Risk Analyst', 'different_direction', 'resume_screen', true),
  },
  {
    id: 'direction-lowercase-sales-ops',
    note: 'informal lowercase, looking for different kind of hire',
    text: `hey dev — thanks for the intro call. we've talked more internally and we're going to look for a different kind of hire for the sales ops analyst spot, more revops engineering than reporting. appreciate your time! — nic @ rallypoint`,
    expected: rejection('Rallypoint', 'Sales Ops Analyst', 'different_direction', 'phone_screen'),
  },
  {
    id: 'better-ats-more-closely-aligned',
    note: 'ATS, candidates more closely aligned',
    text: `Hi Jordan,

Thank you for your interest in the Patient Access Representative position at Trellis Health. We received many qualified applications, and we have decided to pursue candidates whose experience is more closely aligned with the requirements of this role.

We wish you the best in your job search.

Trellis Health Talent Acquisition
This is an automated message; please do not reply.`,
    expected: rejection(
      'Trellis Health',
      'Patient Access Representative',
      'better_qualified_candidate',
      'resume_screen',
      true,
    ),
  },
  {
    id: 'better-british-stronger-field',
    note: 'British formal, stronger field of applicants',
    text: `Dear Mr Ogunleye,

Thank you for attending interview for the post of Head of Science. The panel were impressed by the strength of the field, and after much deliberation appointed a candidate with considerable experience of leading a science department through inspection.

I am sorry to disappoint you on this occasion and wish you every success in the future.

Yours sincerely,

Mrs K Bramwell
Headteacher
Fernleigh Academy`,
    expected: rejection(
      'Fernleigh Academy',
      'Head of Science',
      'better_qualified_candidate',
      'first_interview',
    ),
  },
  {
    id: 'better-agency-more-relevant',
    note: 'agency, other candidate more relevant sector background',
    text: `Hi Sophie,

Feedback's in from Lanyard Pharma on the QA Officer interview. They liked you, but they've offered it to someone with direct GMP experience in sterile manufacturing, which gave them the edge.

Don't be disheartened, you came across really well. I've got another QA role in Reading I want to talk to you about.

Cheers,
Gavin
Principal Consultant | Helix Life Sciences Recruitment`,
    expected: rejection('Lanyard Pharma', 'QA Officer', 'better_qualified_candidate', 'first_interview'),
  },
  {
    id: 'better-terse-more-experienced',
    note: 'terse, "more experienced"',
    text: `Hi Kai, thanks for the trial. We've hired someone with more years in fine dining. Best of luck — Chef Ana, Driftwood`,
    expected: rejection('Driftwood', null, 'better_qualified_candidate', 'first_interview'),
  },
  {
    id: 'better-indian-english-better-suited',
    note: 'Indian English, better suited profiles',
    text: `Dear Aditi,

Thank you for applying to the Business Analyst opening at Vyom Technologies. We have reviewed your profile carefully. However, we have shortlisted candidates who are better suited to the current requirement in terms of domain experience in insurance.

We will keep your resume in our database and contact you for future openings.

Regards,
Talent Acquisition Team
Vyom Technologies`,
    expected: rejection(
      'Vyom Technologies',
      'Business Analyst',
      'better_qualified_candidate',
      'resume_screen',
    ),
  },
  {
    id: 'better-startup-sharper-portfolio',
    note: "startup, other candidate's portfolio closer to what they do",
    text: `Hey Ruby,

Thanks again for walking us through your reel. We've offered the Motion Designer role to someone whose portfolio was a bit closer to the 3D work we do day to day. Genuinely tough call.

Keep in touch!

Leo
Creative Director @ Fable & Frame`,
    expected: rejection('Fable & Frame', 'Motion Designer', 'better_qualified_candidate', 'first_interview'),
  },
  {
    id: 'better-academic-stronger-publication',
    note: 'academic, stronger publication record',
    text: `Dear Dr Kapoor,

Thank you for attending the final interview and presentation for the post of Lecturer in Sociology. The selection committee has offered the post to a candidate whose research profile and publication record were judged to align more strongly with the School's priorities.

I appreciate that this news will be disappointing. Thank you for your interest in the University of Eastvale.

Yours sincerely,
Professor Ruth Lyle
Head of School`,
    expected: rejection(
      'University of Eastvale',
      'Lecturer in Sociology',
      'better_qualified_candidate',
      'final_round',
    ),
  },
  {
    id: 'better-german-more-suitable-applicant',
    note: 'German-influenced, more suitable applicant',
    text: `Dear Mr. Schulz,

many thanks for your application as Junior Consultant. We have received many applications and had to make a choice. We have decided for an applicant whose profile matches our requirements more closely.

We wish you much success for your further career.

Kind regards
Julia Hartmann
Falkenberg Consulting GmbH`,
    expected: rejection(
      'Falkenberg Consulting',
      'Junior Consultant',
      'better_qualified_candidate',
      'resume_screen',
    ),
  },
  {
    id: 'better-recruiter-warm-edge',
    note: 'warm recruiter, the other candidate had more X',
    text: `Hi Talia,

I'm so sorry to be sending this one. The team loved you, truly, but they went with a candidate who had run two product launches in beauty before, and in the end that category experience tipped it.

You were brilliant in the panel. Please do reach out if I can help with anything.

Sending a hug,
Zoe
Talent, Cinder & Sage`,
    expected: rejection('Cinder & Sage', null, 'better_qualified_candidate', 'later_interview'),
  },
  {
    id: 'better-ats-higher-qualifications',
    note: 'ATS, higher qualifications',
    text: `Dear Applicant,

Thank you for your application for Environmental Health Officer. After review of all applications, other applicants were found to possess qualifications that more closely meet the needs of the department. Your application will not be considered further for this recruitment.

Meridian County Human Resources
Do not reply to this message. This mailbox is not monitored.`,
    expected: rejection(
      'Meridian County',
      'Environmental Health Officer',
      'better_qualified_candidate',
      'resume_screen',
      true,
    ),
  },
  {
    id: 'better-hiring-manager-direct-domain',
    note: 'hiring manager, candidate with direct domain',
    text: `Hi Julien,

Thank you for the technical interview and the discussion with our VP. We decided to hire a candidate with several years of direct experience in fraud detection models, which is the first thing this person will work on.

Your modelling skills are strong and this was not an easy decision.

Regards,
Anke de Vries
Head of Data Science, Ferrous Analytics`,
    expected: rejection('Ferrous Analytics', null, 'better_qualified_candidate', 'later_interview'),
  },
  {
    id: 'better-nonprofit-bilingual',
    note: 'nonprofit, candidate who also spoke Spanish',
    text: `Dear Keisha,

Thank you for interviewing for the Case Manager position at Horizon Family Services. We have offered the position to a candidate who is bilingual in English and Spanish and has more case management experience with the families we serve.

We appreciate your commitment to this work and encourage you to apply for future openings.

Warm regards,
Rosa Delgado
Program Director`,
    expected: rejection(
      'Horizon Family Services',
      'Case Manager',
      'better_qualified_candidate',
      'first_interview',
    ),
  },
  {
    id: 'better-hiring-manager-personal-tough',
    note: 'personal, tough decision, the other person had done the exact job',
    text: `Hi Priyanka,

I wanted to tell you myself before the recruiter does. We've decided to offer the Head of Marketing role to the other finalist. She's done almost exactly this job at a company our size, and that prior experience was what tipped it for the board.

You made this really hard. I hope we get to work together some day.

Ben
CEO, Northfold`,
    expected: rejection('Northfold', 'Head of Marketing', 'better_qualified_candidate', 'final_round'),
  },
  {
    id: 'better-scandinavian-stronger-match',
    note: 'Scandinavian-influenced English, stronger match',
    text: `Hi Erik,

Thank you for the interview for the Backend Developer position. We have now decided to go further with another candidate, who had a stronger match on Go and event-driven systems.

Thank you for your interest in Fjordline Software and good luck.

Best regards,
Ingrid Solberg
HR, Fjordline Software AS`,
    expected: rejection(
      'Fjordline Software',
      'Backend Developer',
      'better_qualified_candidate',
      'first_interview',
    ),
  },
  {
    id: 'better-lowercase-more-seniority',
    note: 'informal, more seniority',
    text: `hey marta, thanks for doing the onsite. team picked someone with more seniority leading frontend teams for the lead role. really liked you though, would love to keep chatting. — sam @ gridwave`,
    expected: rejection('Gridwave', null, 'better_qualified_candidate', 'later_interview'),
  },
  {
    id: 'better-civil-service-higher-scores',
    note: 'civil service, merit list, other candidates scored higher',
    text: `Dear Ms Barker,

Thank you for attending interview for the Delivery Manager role. You met the required standard at interview; however, other candidates achieved higher scores and the available posts have been offered in merit order. You have been placed on a reserve list for 12 months.

Kind regards,
Government Digital Agency Recruitment Team`,
    expected: rejection(
      'Government Digital Agency',
      'Delivery Manager',
      'better_qualified_candidate',
      'first_interview',
    ),
  },
  {
    id: 'skill-ats-minimum-qualifications',
    note: 'ATS, minimum qualifications not met',
    text: `Dear Applicant,

Thank you for applying for the Radiologic Technologist position at Ridgeview Medical Center. After reviewing your application, we have determined that you do not meet the minimum qualifications for this position, which require ARRT certification and two years of clinical experience.

We encourage you to apply for other positions for which you qualify.

Ridgeview Medical Center Human Resources
This is an automated email. Please do not reply.`,
    expected: rejection(
      'Ridgeview Medical Center',
      'Radiologic Technologist',
      'missing_skill',
      'resume_screen',
      true,
    ),
  },
  {
    id: 'skill-hiring-manager-aws',
    note: 'hiring manager, AWS depth',
    text: `Hi Tomasz,

Thanks for the technical conversation on Tuesday. You clearly know your way around Linux and CI pipelines, but the role needs someone who can own our AWS networking and IAM setup from week one, and we didn't see that depth in the interview.

We won't be moving forward this time. I'd suggest the AWS networking specialty material if you're interested in roles like this.

Cheers,
Ruth
Platform Lead, Kelpie Cloud`,
    expected: rejection('Kelpie Cloud', null, 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-british-driving-licence',
    note: 'British, essential criterion missing (licence)',
    text: `Dear Ms Kowalczyk,

Thank you for your application for the post of Community Support Worker. Unfortunately, as you do not currently hold a full UK driving licence, which is an essential requirement of this role, we are unable to take your application further.

We would welcome an application from you in future should your circumstances change.

Kind regards,
Recruitment Team
Greystone Care`,
    expected: rejection('Greystone Care', 'Community Support Worker', 'missing_skill', 'resume_screen'),
  },
  {
    id: 'skill-take-home-tests',
    note: 'take-home: code worked but lacked tests',
    text: `Hi Anton,

Thank you for the take-home for the Backend Engineer role. The reviewers said the solution worked, but the testing was quite thin and the error handling around the payment calls wasn't where we need it for this position. We've decided not to move on to the next stage.

Happy to share the written review if useful.

Best,
Isobel
Recruiting at Brisket`,
    expected: rejection('Brisket', 'Backend Engineer', 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-agency-excel',
    note: 'agency, advanced Excel',
    text: `Hi Dean,

Feedback from Marchmont Finance on Friday's interview: they felt your Excel skills, especially modelling and pivot tables, weren't quite strong enough for the reporting side of the Management Accountant job, so they won't be taking it forward.

Might be worth brushing up before the next one — I can send you a good course. Speak Monday.

Cheers,
Holly
Accountancy Division, Beacon Recruitment`,
    expected: rejection('Marchmont Finance', 'Management Accountant', 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-us-certification',
    note: 'American, certification required',
    text: `Hi Jamal,

Thanks for taking the time to speak with me on Monday about the Security Analyst opening. After reviewing with the hiring team, they're looking for someone who already holds a CISSP or equivalent certification, so we won't be moving forward at this time.

I'd encourage you to reapply once you've completed the certification.

Best regards,
Natalie Cruz
Talent Acquisition, Summit Point Security`,
    expected: rejection('Summit Point Security', 'Security Analyst', 'missing_skill', 'phone_screen'),
  },
  {
    id: 'skill-language-fluency',
    note: 'language fluency, European company',
    text: `Hi Lucy,

Thank you for the call yesterday. As discussed, the Customer Service Agent role requires fluent Italian, and after the short language check our team felt your level is not yet sufficient for handling customer calls.

We will not continue with your application, but we wish you good luck!

Kind regards,
Francesca
Brava Travel`,
    expected: rejection('Brava Travel', 'Customer Service Agent', 'missing_skill', 'phone_screen'),
  },
  {
    id: 'skill-terse-sql',
    note: 'terse, SQL bar',
    text: `Thanks for the SQL exercise, Nina. It didn't quite meet the bar we need for the Data Analyst role, so we're going to pass. — Owen, Stacklane`,
    expected: rejection('Stacklane', 'Data Analyst', 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-indian-english-spring',
    note: 'Indian English, Spring Boot',
    text: `Dear Harish,

Thank you for appearing in the technical round for the post of Java Developer. The panel observed that your knowledge of Spring Boot and microservices architecture needs improvement for this role.

Hence we are unable to move your candidature to the next round. We wish you all the best.

Regards,
HR Team
Cloudnexa Systems`,
    expected: rejection('Cloudnexa Systems', 'Java Developer', 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-design-research-gap',
    note: 'design, lacking user research experience',
    text: `Hi Amara,

Thanks for presenting your portfolio to the design team. Everyone enjoyed your visual work, but the Senior UX Designer role leans heavily on running research independently, and the team felt your experience there is still limited compared to what the role needs.

We won't be progressing, but I hope the feedback is useful.

Best wishes,
Tom
Design Director, Lattice & Loom`,
    expected: rejection('Lattice & Loom', 'Senior UX Designer', 'missing_skill', 'later_interview'),
  },
  {
    id: 'skill-australian-ticket',
    note: 'Australian, missing a ticket',
    text: `Hi Jake,

Thanks for putting in for the Excavator Operator job. Unfortunately you don't have the HR licence and the 20t excavator ticket we need for this site, so we can't go any further with it.

If you get those sorted give us a bell.

Cheers,
Kylie
Ironbark Civil`,
    expected: rejection('Ironbark Civil', 'Excavator Operator', 'missing_skill', 'resume_screen'),
  },
  {
    id: 'skill-german-english-level',
    note: 'German-influenced, missing experience with tool',
    text: `Dear Mr. Okonkwo,

thank you for the interview for the position as Test Engineer. After careful evaluation we came to the conclusion that your experience with CANoe and hardware-in-the-loop testing is not yet sufficient for the requirements of this position.

We regret not to have better news and wish you all the best.

Kind regards
Sven Krause
Human Resources
Rheinfeld Automotive GmbH`,
    expected: rejection('Rheinfeld Automotive', 'Test Engineer', 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-nurse-specialty',
    note: 'healthcare, lacking ICU experience',
    text: `Dear Jessica,

Thank you for your interest in the ICU Staff Nurse position at Bayside General Hospital. At this time we are only considering candidates with a minimum of one year of critical care experience, and we were unable to identify that experience in your application.

We encourage you to explore our Nurse Residency Program.

Sincerely,
Nursing Recruitment
Bayside General Hospital`,
    expected: rejection('Bayside General Hospital', 'ICU Staff Nurse', 'missing_skill', 'resume_screen'),
  },
  {
    id: 'skill-consultancy-case-interview',
    note: 'consultancy, case interview structure and maths',
    text: `Dear Arjun,

Thank you for taking part in the first-round interviews for the Business Analyst position at Whitlock & Hale. The interviewers felt that your quantitative analysis in the case was not at the level required, particularly the market-sizing calculations.

We will therefore not be inviting you to the second round. We hope you will consider applying again next year.

Kind regards,
Recruiting Team
Whitlock & Hale`,
    expected: rejection('Whitlock & Hale', 'Business Analyst', 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-legal-admission',
    note: 'law firm, not yet qualified',
    text: `Dear Mr Patel,

Thank you for your application for the Associate Solicitor position in our employment team. As the role requires candidates to be admitted as a solicitor with at least two years' post-qualification experience, we are unable to consider your application at this stage.

Yours sincerely,
Graduate and Lateral Recruitment
Harrow Finch LLP`,
    expected: rejection('Harrow Finch', 'Associate Solicitor', 'missing_skill', 'resume_screen'),
  },
  {
    id: 'skill-us-ats-experience-years',
    note: 'ATS, years of experience',
    text: `Thank you for your interest in the Senior Electrical Engineer role at Copperline Utilities.

We have reviewed your application and determined that your background does not reflect the eight or more years of substation design experience required for this role. We will not be moving forward with your candidacy.

Thank you,
Copperline Utilities Talent Acquisition
(Automated message from our applicant tracking system)`,
    expected: rejection(
      'Copperline Utilities',
      'Senior Electrical Engineer',
      'missing_skill',
      'resume_screen',
      true,
    ),
  },
  {
    id: 'skill-agency-nhs-band',
    note: 'agency, clinical skills gap',
    text: `Hi Bernadette,

Update from Riverside Clinic: they said you interviewed really well but they need someone who can already do cervical screening and travel vaccinations, and you'd need to be trained on both. They're not in a position to do that right now, so it's a no this time.

I'll keep an eye out for roles that include training.

Thanks,
Sharon
Medicus Staffing`,
    expected: rejection('Riverside Clinic', null, 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-security-clearance',
    note: 'missing security clearance',
    text: `Dear Mr Hughes,

Thank you for applying for the Systems Engineer vacancy. This role requires current DV clearance at the point of offer, and as you do not currently hold this level of clearance we are unable to progress your application.

Kind regards,
Resourcing Team
Aldermast Defence Ltd`,
    expected: rejection('Aldermast Defence', 'Systems Engineer', 'missing_skill', 'resume_screen'),
  },
  {
    id: 'skill-product-analytics',
    note: 'product manager missing analytics depth',
    text: `Hi Florence,

Thanks for the product sense and analytics interviews last week. The interviewers enjoyed the product sense discussion, but in the analytics round you struggled to design the experiment and choose the right metrics, and that is a big part of the Product Manager job here.

So we won't be moving to the final round. I hope this helps with your preparation elsewhere.

Best regards,
Kieran
Recruiting, Quokka`,
    expected: rejection('Quokka', 'Product Manager', 'missing_skill', 'later_interview'),
  },
  {
    id: 'skill-chef-pastry',
    note: 'kitchen, pastry technique',
    text: `Hello Samir,

Thank you for the tasting on Wednesday. The chef felt your laminated doughs need more work before you are ready to lead our pastry section, so we won't offer you the position this time.

Come back to us in a year!

Élodie
Maison Claire`,
    expected: rejection('Maison Claire', null, 'missing_skill', 'first_interview'),
  },
  {
    id: 'skill-french-english-sap-finance',
    note: 'French-influenced, missing SAP FI',
    text: `Dear Mr Martin,

We thank you for your application for the post of Finance Consultant. After study of your file, we notice that you do not have the experience on SAP FI-CO which is indispensable for the missions of this post.

We regret to not be able to give a favourable follow-up to your application.

Cordially,
Service Recrutement
Lumière Conseil`,
    expected: rejection('Lumière Conseil', 'Finance Consultant', 'missing_skill', 'resume_screen'),
  },
  {
    id: 'skill-hiring-manager-stakeholder-exp',
    note: 'missing stakeholder management at exec level',
    text: `Dear Ms Whitaker,

Thank you for attending the final panel for the Programme Director role at Corran Energy. The panel felt that you do not yet have enough experience managing board-level stakeholders on programmes of this size, which is central to the role.

We are therefore not able to offer you the position on this occasion. I'm happy to arrange a feedback call if helpful.

Yours sincerely,
Andrew Rigby
Group HR Director`,
    expected: rejection('Corran Energy', 'Programme Director', 'missing_skill', 'final_round'),
  },
  {
    id: 'rapport-too-quiet',
    note: 'hiring manager, candidate too quiet for client role',
    text: `Hi Maisie,

Thank you for coming in on Tuesday. We really liked your portfolio, but we felt you were quite quiet in the interview, and the Event Producer role means holding the room with clients and suppliers. We didn't get enough of a sense that you'd be comfortable doing that.

So we'll be passing this time. Best of luck!

Jess
Brightside Events`,
    expected: rejection('Brightside Events', 'Event Producer', 'presentation_or_rapport', 'first_interview'),
  },
  {
    id: 'rapport-us-engagement',
    note: 'American, not engaged / low energy',
    text: `Hi Tyler,

Thanks for coming by to interview for the Membership Sales Associate position. Honestly, the team felt your energy was a bit low for a front-of-house sales role where you're the first face members see. We've decided not to move forward.

I'd still encourage you to apply for our operations roles.

Best,
Marcy
General Manager, Summit Peak Fitness`,
    expected: rejection(
      'Summit Peak Fitness',
      'Membership Sales Associate',
      'presentation_or_rapport',
      'first_interview',
    ),
  },
  {
    id: 'rapport-terse-fit',
    note: 'terse, not a fit with team vibe',
    text: `Thanks for coming by, Ollie. Team felt the vibe wasn't quite there for the Producer role, so we'll pass. All the best — Nia, Wildcard Studio`,
    expected: rejection('Wildcard Studio', 'Producer', 'presentation_or_rapport', 'first_interview'),
  },
  {
    id: 'rapport-british-rambling',
    note: 'British, answers long and wandering',
    text: `Dear Mr Dunn,

Thank you for attending interview for the post of Tenancy Officer. The panel felt that your answers were often lengthy and moved away from the question asked, which made it difficult to score them against the criteria.

I am sorry to inform you that you have not been successful on this occasion. You are welcome to request more detailed feedback.

Yours sincerely,
Jane Corrigan
HR Officer, Castlebrook Housing`,
    expected: rejection(
      'Castlebrook Housing',
      'Tenancy Officer',
      'presentation_or_rapport',
      'first_interview',
    ),
  },
  {
    id: 'rapport-agency-attitude',
    note: 'agency, came across as arrogant',
    text: `Hi Lewis,

Had feedback from Pemberton Motors. I'll be honest because I think it'll help: the sales manager felt you came across as a bit cocky in the interview and talked over him a couple of times. They've decided not to take it further.

Give me a ring and we'll prep properly for the next one.

Cheers,
Craig
Motor Trade Division, Elite Recruitment`,
    expected: rejection('Pemberton Motors', null, 'presentation_or_rapport', 'first_interview'),
  },
  {
    id: 'rapport-presentation-over-time',
    note: 'presentation ran over time and too detailed',
    text: `Dear Yusuf,

Thank you for delivering your presentation to the panel on Monday. The panel felt that the presentation ran well over the time allowed and went into too much detail, so the key recommendation was lost.

On this occasion we will not be offering you the role of Strategy Manager. I am happy to discuss further if you would find it useful.

Kind regards,
Victoria Lam
Head of Strategy, Arclight Energy`,
    expected: rejection('Arclight Energy', 'Strategy Manager', 'presentation_or_rapport', 'later_interview'),
  },
  {
    id: 'rapport-video-interview-camera',
    note: 'video interview, distracted/unprofessional setting',
    text: `Hi Ana,

Thank you for completing the video interview for the Customer Experience Advisor position at Harbourline Telecom. Our reviewers felt your responses were not as clear and confident as we need for customer-facing calls.

We will not be progressing your application at this time.

Harbourline Telecom Careers
This is an automated message, please do not reply.`,
    expected: rejection(
      'Harbourline Telecom',
      'Customer Experience Advisor',
      'presentation_or_rapport',
      'phone_screen',
      true,
    ),
  },
  {
    id: 'rapport-cultural-values',
    note: 'values alignment concerns',
    text: `Hi Tomás,

Thank you for meeting with our hiring circle. After talking it over, the group felt there wasn't a strong alignment with our cooperative values and ways of deciding things together, which matters a lot in a small team like ours.

We won't be taking your application further, but we're grateful you took the time.

In solidarity,
Rowan
Greenleaf Cooperative`,
    expected: rejection('Greenleaf Cooperative', null, 'presentation_or_rapport', 'first_interview'),
  },
  {
    id: 'rapport-interrupted',
    note: 'interrupted the interviewers, listening',
    text: `Hi Leah,

Thanks for the final round last week. The partners' main concern was around listening: they felt you often jumped in before they had finished their questions, and for a client-facing Senior Consultant role that's a significant concern for them.

They won't be making an offer, but they were positive about your technical knowledge.

Best,
Hannah
Recruitment, Kestrel Advisory`,
    expected: rejection('Kestrel Advisory', 'Senior Consultant', 'presentation_or_rapport', 'final_round'),
  },
  {
    id: 'rapport-did-not-connect',
    note: 'did not connect with the founders',
    text: `Hi Devika,

Thanks for spending the afternoon with the founders. I'll be candid: it felt like the conversation didn't really click on either side, and for a Chief of Staff the working relationship with the founders is everything. We've decided not to move forward.

I appreciate all the time you gave us.

Sam
Marigold Labs`,
    expected: rejection('Marigold Labs', 'Chief of Staff', 'presentation_or_rapport', 'final_round'),
  },
  {
    id: 'rapport-overly-negative',
    note: 'spoke negatively about former employer',
    text: `Dear Ms Grant,

Thank you for your time at the second interview for the Regulatory Affairs Manager position. The panel felt that some of your comments about your current employer came across as quite negative, and this raised concerns about how you would work with our partner teams.

I'm sorry to let you know that we will not be progressing further.

Kind regards,
Samantha Orr
People Team, Tidewell Pharma`,
    expected: rejection(
      'Tidewell Pharma',
      'Regulatory Affairs Manager',
      'presentation_or_rapport',
      'later_interview',
    ),
  },
  {
    id: 'rapport-german-appearance-confidence',
    note: 'German-influenced, not confident enough',
    text: `Dear Mr. Petrovic,

thank you for the interview for the position as Sales Manager. Your professional background is interesting for us, but in the conversation your appearance was not confident enough for the customer contact with hospitals.

For this reason we have decided not to continue the process with you. We wish you all the best.

Kind regards
Claudia Weber
Human Resources
Weissach Medizintechnik GmbH`,
    expected: rejection(
      'Weissach Medizintechnik',
      'Sales Manager',
      'presentation_or_rapport',
      'first_interview',
    ),
  },
  {
    id: 'rapport-lowercase-energy',
    note: 'informal, vibes / chemistry',
    text: `hey jules, thanks for hopping on with the team! honestly we didn't feel the chemistry was there for the community manager gig, so we're gonna pass. no hard feelings, you're clearly talented. — ari @ sprocket`,
    expected: rejection('Sprocket', 'Community Manager', 'presentation_or_rapport', 'first_interview'),
  },
  {
    id: 'rapport-late-to-interview',
    note: 'arrived late and unprepared',
    text: `Dear Ms Clarke,

Thank you for attending interview for the Legal Secretary position. The panel noted that you arrived some twenty minutes late and did not seem prepared for the questions about our practice areas.

We are unable to offer you the position on this occasion.

Yours sincerely,
Office Manager
Hollister & Grey`,
    expected: rejection('Hollister & Grey', 'Legal Secretary', 'presentation_or_rapport', 'first_interview'),
  },
  {
    id: 'rapport-teaching-lesson-engagement',
    note: 'teaching, lesson observation engagement',
    text: `Dear Mr Evans,

Thank you for coming to Oakfield Secondary School and for teaching the observed lesson. The panel felt the lesson did not engage the students as much as we had hoped, and your interaction with the class was limited.

I am sorry to tell you that we will not be offering you the post of Teacher of Geography.

Yours sincerely,
Mrs L. Price
Deputy Headteacher`,
    expected: rejection(
      'Oakfield Secondary School',
      'Teacher of Geography',
      'presentation_or_rapport',
      'first_interview',
    ),
  },
  {
    id: 'rapport-founder-not-excited',
    note: "founder, didn't seem excited",
    text: `Hi Pete,

Thanks for the chat on Friday. Honestly it felt like you weren't that excited about what we're building, and at our size we need people who really want to be here. So I'm going to pass on the Operations Lead role.

Appreciate your time and good luck.

Kat
Founder, Bramblebox`,
    expected: rejection('Bramblebox', 'Operations Lead', 'presentation_or_rapport', 'first_interview'),
  },
  {
    id: 'rapport-agency-body-language',
    note: 'agency, body language and eye contact',
    text: `Hi Ama,

Feedback from Sterling Hotels on the Guest Relations Manager interview. They said you were very knowledgeable but struggled to build rapport with the panel — not much eye contact and quite short answers. Unfortunately they won't be taking you forward.

We'll do some prep together before your next interview, I promise it helps.

Speak soon,
Becky
Hospitality Recruitment, Key People`,
    expected: rejection(
      'Sterling Hotels',
      'Guest Relations Manager',
      'presentation_or_rapport',
      'first_interview',
    ),
  },
  {
    id: 'timing-budget-cut-startup',
    note: 'startup, budget cut after funding round slipped',
    text: `Hi Anjali,

I hate sending this. Our next funding round has been delayed, and the board has asked us to cut all new hires until it closes, including the Finance Manager role. You were our top choice, which makes this worse.

If and when we restart the search, I'll call you first.

Sorry,
Elliot
CEO, Hyperloop Foods`,
    expected: rejection('Hyperloop Foods', 'Finance Manager', 'timing_or_budget', 'later_interview'),
  },
  {
    id: 'timing-british-recruitment-paused',
    note: 'British, recruitment paused pending review',
    text: `Dear Ms Boateng,

Thank you for attending interview for the Service Manager post. I am writing to inform you that recruitment to this post has been paused pending an organisational review, and we are therefore unable to make an appointment at present.

We apologise for any inconvenience and thank you for your interest.

Yours sincerely,
Recruitment Team
Elmstead NHS Trust`,
    expected: rejection('Elmstead NHS Trust', 'Service Manager', 'timing_or_budget', 'first_interview'),
  },
  {
    id: 'timing-terse-role-gone',
    note: 'terse, role gone',
    text: `Hey — Support Engineer role's been scrapped for this quarter, sorry. Thanks for applying. Blip team`,
    expected: rejection('Blip', 'Support Engineer', 'timing_or_budget', null),
  },
  {
    id: 'timing-indian-english-on-hold',
    note: 'Indian English, requirement on hold',
    text: `Dear Vikram,

Thank you for attending the interview for the Network Administrator position. We would like to inform you that the requirement has been put on hold by the management due to business reasons.

We will get in touch with you once the position is reopened.

Regards,
HR Team
Syntrix Solutions`,
    expected: rejection('Syntrix Solutions', 'Network Administrator', 'timing_or_budget', 'first_interview'),
  },
  {
    id: 'timing-university-grant-rejected',
    note: 'academic, grant not awarded',
    text: `Dear Dr Okafor,

Thank you for interviewing for the Postdoctoral Researcher position. Unfortunately, the grant that was to fund this position was not awarded, and we are therefore unable to proceed with the appointment.

I am very sorry, as you were a strong candidate. Please keep in touch.

Best wishes,
Prof. Linda Carrick
Institute of Marine Science`,
    expected: rejection(
      'Institute of Marine Science',
      'Postdoctoral Researcher',
      'timing_or_budget',
      'first_interview',
    ),
  },
  {
    id: 'timing-offer-rescinded',
    note: 'offer rescinded due to budget',
    text: `Hi Derek,

I'm really sorry to be writing this. Following a company-wide budget review this week, we've been told we must withdraw the offer we made you for the Mechanical Engineer role. This is in no way about you — several approved hires were cut.

I know you may have turned down other things for this and I am truly sorry. I'll do anything I can to help, including introductions.

Regards,
Meredith Olsen
Head of Talent, Cascadia Robotics`,
    expected: rejection('Cascadia Robotics', 'Mechanical Engineer', 'timing_or_budget', 'after_offer'),
  },
  {
    id: 'timing-merger-freeze',
    note: 'merger, hiring frozen',
    text: `Dear Mr Patel,

Thank you for your patience during our process for the Compliance Officer role. Following the announcement of our merger with Eastfield Bank, all external recruitment has been frozen until the integration is complete.

Regrettably, this means we must close the process now. We thank you for your time and interest.

Kind regards,
Recruitment Team
Westmark Bank`,
    expected: rejection('Westmark Bank', 'Compliance Officer', 'timing_or_budget', 'later_interview'),
  },
  {
    id: 'timing-us-headcount-not-approved',
    note: 'American, headcount not approved',
    text: `Hi Brian,

I wanted to give you an update after your interviews for the Solutions Architect position. Unfortunately, the headcount for this role was not approved in our latest planning cycle, so we are unable to extend an offer at this time.

This is entirely about budget timing. I'd like to keep in touch for when we reopen.

Thanks,
Rachel Kim
Senior Recruiter, Lumina Software`,
    expected: rejection('Lumina Software', 'Solutions Architect', 'timing_or_budget', 'later_interview'),
  },
  {
    id: 'timing-hotel-season',
    note: 'seasonal, positions already filled for season',
    text: `Hi Emilia,

Thanks for applying for a Seasonal Housekeeper job at Lakeview Lodge. All our seasonal positions for this summer have now been filled.

We'd love to hear from you next year!

Lakeview Lodge HR`,
    expected: rejection('Lakeview Lodge', 'Seasonal Housekeeper', 'timing_or_budget', 'resume_screen'),
  },
  {
    id: 'timing-project-delay',
    note: 'project delayed, role pushed back',
    text: `Dear Mr O'Brien,

Thank you for attending interview for the Quantity Surveyor vacancy. Regrettably, the project this position was recruited for has been delayed by at least six months, and the company has decided to postpone the appointment.

We will contact you should the role be re-opened.

Yours sincerely,
Karen Ellis
HR Manager, Steelbridge Construction`,
    expected: rejection(
      'Steelbridge Construction',
      'Quantity Surveyor',
      'timing_or_budget',
      'first_interview',
    ),
  },
  {
    id: 'timing-day-rate-over-budget',
    note: 'contractor day rate over budget',
    text: `Hi Sanjay,

Thanks for the call. The client's budget for the Contract Frontend Developer role tops out at £450 a day, and your rate is above that, so they won't be taking it further.

Let me know if you'd consider flexing on rate for the right project.

Cheers,
Harry
Corvid Digital`,
    expected: rejection('Corvid Digital', 'Contract Frontend Developer', 'timing_or_budget', 'phone_screen'),
  },
  {
    id: 'timing-ats-no-longer-available',
    note: 'ATS, position no longer available',
    text: `Subject: Position Update

Thank you for applying for the Teller position at Prairie State Bank. The position you applied for is no longer available.

We appreciate your interest in joining our team.

Prairie State Bank Careers
Please do not respond to this automated email.`,
    expected: rejection('Prairie State Bank', 'Teller', 'timing_or_budget', 'resume_screen', true),
  },
  {
    id: 'timing-hiring-manager-left',
    note: 'hiring manager left, role on hold',
    text: `Hi Louisa,

I owe you an update. The hiring manager for the Data Governance Lead role has left Quantex, and the role is on hold until a new director is in place.

I'm sorry for the uncertainty after you invested so much in the process. I'll reach out if the search restarts.

Best,
Graham
Talent Team, Quantex`,
    expected: rejection('Quantex', 'Data Governance Lead', 'timing_or_budget', 'later_interview'),
  },
  {
    id: 'timing-dutch-reorganisation-postponed',
    note: 'Dutch English, recruitment postponed',
    text: `Hi Femke,

Thanks for your time last week. I have to tell you that we have postponed the recruitment for the Product Owner position until after the summer, because of priorities shifting in the budget.

We will let you know when we start again.

Met vriendelijke groet,
Joost
Polderwerk B.V.`,
    expected: rejection('Polderwerk', 'Product Owner', 'timing_or_budget', 'first_interview'),
  },
  {
    id: 'unknown-another-candidate-ats',
    note: 'the boundary: "another candidate", no comparison (ATS)',
    text: `Hi Elena,

Thank you for applying to the Social Media Coordinator position at Riverbend Media. After careful consideration, we have decided to move forward with another candidate for this role.

We appreciate your interest and wish you the best in your search.

Riverbend Media Recruiting
Sent via Lever`,
    expected: rejection('Riverbend Media', 'Social Media Coordinator', 'unknown', 'resume_screen', true),
  },
  {
    id: 'unknown-offer-accepted-someone',
    note: 'the boundary: offer made to someone else and accepted',
    text: `Hey Mia,

Just wanted to let you know we've offered the Shift Supervisor job to someone else and they've accepted. Thanks so much for coming in!

Lottie
Quayside Coffee`,
    expected: rejection('Quayside Coffee', 'Shift Supervisor', 'unknown', 'first_interview'),
  },
  {
    id: 'unknown-british-not-shortlisted',
    note: 'British, not shortlisted, no reason',
    text: `Dear Mr Cole,

Thank you for your application for the post of Planning Officer. I regret to inform you that you have not been shortlisted for interview on this occasion.

Thank you for your interest in working for Bramley District Council.

Yours sincerely,
HR Team`,
    expected: rejection('Bramley District Council', 'Planning Officer', 'unknown', 'resume_screen'),
  },
  {
    id: 'unknown-us-not-selected',
    note: 'American, not selected',
    text: `Dear Applicant,

Thank you for your interest in the Field Technician position at Granite Peak Energy. We have reviewed your application and you have not been selected to move forward in the hiring process.

We wish you the best of luck.

Granite Peak Energy Human Resources
This is an automated message from our applicant tracking system.`,
    expected: rejection('Granite Peak Energy', 'Field Technician', 'unknown', 'resume_screen', true),
  },
  {
    id: 'unknown-agency-no-feedback',
    note: 'agency, client gave no feedback',
    text: `Hi Farah,

Stanwick Group have come back on the HR Advisor interview and unfortunately it's a no. I pushed for feedback but they just said they've decided to go with someone else. Sorry I can't give you more than that.

I'll be in touch with more roles this week.

Thanks,
Dan
HR Recruitment, Greenbridge Talent`,
    expected: rejection('Stanwick Group', 'HR Advisor', 'unknown', 'first_interview'),
  },
  {
    id: 'unknown-other-applicants-selected',
    note: 'the boundary: "selected another applicant", no comparison',
    text: `Dear Ms Reilly,

Thank you for attending interview for the Customer Services Adviser post. I am sorry to tell you that the panel has selected another applicant for the post.

Thank you for your interest in working for Seabright Council.

Yours sincerely,
Human Resources`,
    expected: rejection('Seabright Council', 'Customer Services Adviser', 'unknown', 'first_interview'),
  },
  {
    id: 'unknown-warm-personal',
    note: 'warm, personal, no reason',
    text: `Hi Georgia,

Thank you so much for coming to visit us and meeting the children. It was lovely to have you here. I'm sorry to say that on this occasion we won't be offering you the position.

I hope you find a setting that's perfect for you.

Warm wishes,
Sarah
Manager, Little Fern Nursery`,
    expected: rejection('Little Fern Nursery', null, 'unknown', 'first_interview'),
  },
  {
    id: 'unknown-indian-english-not-shortlisted',
    note: 'Indian English, profile not shortlisted',
    text: `Dear Candidate,

Thank you for applying for the position of Software Test Engineer at Aarav Infotech. We regret to inform you that your profile has not been shortlisted for the further rounds.

We wish you good luck for your future endeavours.

Regards,
HR Team
Aarav Infotech`,
    expected: rejection('Aarav Infotech', 'Software Test Engineer', 'unknown', 'resume_screen'),
  },
  {
    id: 'unknown-german-no-consideration',
    note: 'German-influenced, cannot consider',
    text: `Dear Mr. Aydin,

thank you for your application as Dispatcher and the trust you have placed in us.

After careful examination of your documents, we regret to inform you that we cannot consider your application. Please understand that we return no documents.

Kind regards
Nina Schäfer
Human Resources
Bergmann Logistik GmbH`,
    expected: rejection('Bergmann Logistik', 'Dispatcher', 'unknown', 'resume_screen'),
  },
  {
    id: 'unknown-hired-someone-else-agency',
    note: 'agency, hired someone else, nothing more',
    text: `Hi Rach,

Heard back from Kinsale Homes on the Site Administrator role — they've hired someone else unfortunately. They didn't say much more than that.

Chin up, plenty more out there. Talk soon.

Mel
Coastline Recruitment`,
    expected: rejection('Kinsale Homes', 'Site Administrator', 'unknown', 'first_interview'),
  },
  {
    id: 'unknown-australian-unsuccessful',
    note: 'Australian, unsuccessful',
    text: `Dear Mr Fraser,

Thank you for attending the interview for the Asset Planner position. I regret to advise that your application was unsuccessful on this occasion.

The panel thanks you for your interest in Coastal Water Authority.

Kind regards,
Recruitment Team`,
    expected: rejection('Coastal Water Authority', 'Asset Planner', 'unknown', 'first_interview'),
  },
  {
    id: 'unknown-position-offered-another',
    note: 'the boundary: position offered to another candidate',
    text: `Dear Ms Tran,

Thank you for interviewing for the Library Assistant position. The position has been offered to another candidate, who has accepted.

We appreciate your interest in Mapleton Library.

Sincerely,
Carol Jensen
Branch Manager`,
    expected: rejection('Mapleton Library', 'Library Assistant', 'unknown', 'first_interview'),
  },
  {
    id: 'unknown-lowercase-not-this-time',
    note: 'informal, not this time',
    text: `hey alex — we're gonna pass on the level designer role this time. thanks for chatting w us! — priy @ gumdrop games`,
    expected: rejection('Gumdrop Games', 'Level Designer', 'unknown', 'first_interview'),
  },
  {
    id: 'unknown-japanese-formal-not-adopted',
    note: 'Japanese-influenced, "unable to adopt"',
    text: `Dear Mr. Brown,

Thank you very much for taking the time to attend the second interview for the Overseas Sales Representative position.

After careful deliberation, we regret to inform you that we are unable to proceed with your employment this time. We sincerely wish you success in your future endeavors.

Sincerely,
Human Resources Department
Sakura Electronics Co., Ltd.`,
    expected: rejection('Sakura Electronics', 'Overseas Sales Representative', 'unknown', 'later_interview'),
  },
  {
    id: 'unknown-hiring-manager-chose-another',
    note: 'the boundary: hiring manager, "we went with another candidate" and praise',
    text: `Hi Rosa,

Thank you for all your time on the Analytics Engineer interviews. You did really well, and I want to be upfront: we went with another candidate, and it was a close call.

I'd love to stay connected and would be happy to refer you to friends hiring for similar roles.

Best,
Connor
Analytics Lead, Pinewood Analytics`,
    expected: rejection('Pinewood Analytics', 'Analytics Engineer', 'unknown', 'later_interview'),
  },
  {
    id: 'unknown-competitive-process',
    note: '"competitive process", no reason',
    text: `Dear Dr Sen,

Thank you for your interest in the Research Assistant position and for attending interview. The selection process was highly competitive, and I am sorry to say that we will not be offering you the post.

Best wishes,
Dr Miriam Stone
Halloway Institute`,
    expected: rejection('Halloway Institute', 'Research Assistant', 'unknown', 'first_interview'),
  },
  {
    id: 'unknown-phone-screen-not-progressing',
    note: 'after phone screen, no reason',
    text: `Hi Ravi,

Thanks for the phone screen on Tuesday. I've spoken with the hiring manager and we won't be progressing your application for the Account Manager role.

Thanks again for your time.

Kind regards,
Aisha
Talent Partner, Delta Quay`,
    expected: rejection('Delta Quay', 'Account Manager', 'unknown', 'phone_screen'),
  },
  {
    id: 'unknown-ats-many-qualified',
    note: 'ATS, "many qualified candidates" without comparison',
    text: `Dear Jordan,

Thank you for your interest in the Lab Technician position at Westbrook Labs. We received applications from many qualified candidates, and after careful review we have decided not to proceed with your application.

We wish you well in your job search.

Westbrook Labs Careers
Powered by SmartRecruiters`,
    expected: rejection('Westbrook Labs', 'Lab Technician', 'unknown', 'resume_screen', true),
  },
  {
    id: 'unknown-closing-the-loop',
    note: 'closing the loop, no reason',
    text: `Hi Jasmine,

Just closing the loop on the Executive Assistant role at Saltwater Partners. We've made a decision and won't be moving ahead with your application.

Thanks again and best of luck!

Kirsty`,
    expected: rejection('Saltwater Partners', 'Executive Assistant', 'unknown', null),
  },
  {
    id: 'unknown-chose-to-proceed-other-finalist',
    note: 'the boundary: chose the other finalist, no reason',
    text: `Dear Ms Obi,

Thank you for your time during the final stage of our search for a Chief Financial Officer. The board has chosen to proceed with the other finalist.

We are grateful for your engagement with the process and wish you the very best.

Yours sincerely,
Richard Hales
Chair, Larchmont Partners`,
    expected: rejection('Larchmont Partners', 'Chief Financial Officer', 'unknown', 'final_round'),
  },
  {
    id: 'unknown-polite-retain-cv',
    note: 'retain CV, no reason',
    text: `Dear Captain Lindgren,

Thank you for your application for the position of Marine Superintendent. We have reviewed your application carefully but regret that we are unable to offer you an interview at this time.

With your permission we will retain your CV for future vacancies.

Yours faithfully,
Crewing & HR
Nordhaven Shipping`,
    expected: rejection('Nordhaven Shipping', 'Marine Superintendent', 'unknown', 'resume_screen'),
  },
  {
    id: 'unknown-recruiter-sorry-news',
    note: 'recruiter, sorry, decided against moving ahead',
    text: `Hi Maya,

I'm sorry to share that Elmwood Architects have decided against moving ahead after your interview for the Architectural Technologist role. They haven't given a reason yet; I've asked and will pass on anything they share.

Best,
Fiona
Built Environment Recruitment`,
    expected: rejection('Elmwood Architects', 'Architectural Technologist', 'unknown', 'first_interview'),
  },
  {
    id: 'not-rejection-ats-received',
    note: 'ATS acknowledgement',
    text: `Subject: Thank you for applying to Hollowell Group

Hi Andre,

Thanks for applying for the Payroll Coordinator position at Hollowell Group. We've received your application and our recruiting team will review it carefully. If your background is a match, someone from our team will reach out about next steps.

Hollowell Group Talent Acquisition
Please do not reply to this email; this inbox is not monitored.`,
    expected: notARejection('Hollowell Group', 'Payroll Coordinator', true),
  },
  {
    id: 'not-rejection-offer-letter',
    note: 'offer, American',
    text: `Hi Andrea,

On behalf of the whole team, I'm thrilled to offer you the Software Engineer II position at Bluepeak Software! Your offer letter is attached with details on salary, equity and benefits.

Please review it and let me know if you have any questions. We'd love to have your answer by next Friday.

Congrats!
Tyler
Recruiting, Bluepeak Software`,
    expected: notARejection('Bluepeak Software', 'Software Engineer II'),
  },
  {
    id: 'not-rejection-take-home',
    note: 'take-home assignment sent',
    text: `Hi Kasia,

Thanks for your time on the intro call for the Frontend Engineer role at Juniper Labs. As a next step, we'd like you to complete a short take-home exercise. You'll find the brief attached; please send your solution within five days.

Good luck, and let me know if anything is unclear.

Best,
Ines
Juniper Labs`,
    expected: notARejection('Juniper Labs', 'Frontend Engineer'),
  },
  {
    id: 'not-rejection-still-reviewing',
    note: 'status update, still reviewing',
    text: `Hi Owen,

Just a quick note to say we haven't forgotten about you! We're still interviewing candidates for the Claims Handler position and expect to make decisions by the end of next week.

Thanks for your patience.

Best,
Marie
Talent Team, Castlerock Insurance`,
    expected: notARejection('Castlerock Insurance', 'Claims Handler'),
  },
  {
    id: 'not-rejection-agency-submitted',
    note: 'agency: CV submitted to client',
    text: `Hi Laura,

Great news — I've sent your CV over to Fairfield Pharma for the Regulatory Specialist role and the hiring manager has already had a look. She'd like to speak to you on a call early next week.

Can you send me a few times that work for you?

Thanks,
James
Life Sciences Team, Spectrum Recruitment`,
    expected: notARejection('Fairfield Pharma', 'Regulatory Specialist'),
  },
  {
    id: 'not-rejection-reference-request',
    note: 'reference request before offer',
    text: `Dear Ms Patel,

Following your successful interview for the Teaching Assistant post, we would like to take up your references. Could you please confirm the contact details for your two referees?

We hope to confirm the appointment shortly.

Kind regards,
Mrs Green
School Office, Hartwell School`,
    expected: notARejection('Hartwell School', 'Teaching Assistant'),
  },
  {
    id: 'not-rejection-phone-screen-booking',
    note: 'ATS phone screen booking',
    text: `Subject: Schedule your phone screen – Quality Technician

Hi Marco,

Thank you for your interest in Terra Nova Foods! We'd like to schedule a 20-minute phone screen to learn more about you. Please use the link below to pick a time that works for you.

Terra Nova Foods Recruiting
This is an automated message. Please do not reply.`,
    expected: notARejection('Terra Nova Foods', 'Quality Technician', true),
  },
  {
    id: 'not-rejection-final-panel-invite',
    note: 'invitation to final panel',
    text: `Dear Mr Achebe,

I am delighted to invite you to the final stage of the selection process for the post of Head of Asset Management. This will consist of a presentation and a panel interview with the Chief Executive.

Please confirm your attendance on 22 May at 10am.

Yours sincerely,
Linda Farrow
Executive Assistant, Oldbury Housing`,
    expected: notARejection('Oldbury Housing', 'Head of Asset Management'),
  },
  {
    id: 'not-rejection-verbal-offer',
    note: 'informal verbal offer follow-up',
    text: `hi sam!! so happy to confirm we'd love you to join as head baker. chat tomorrow about start dates? 🎉 — nora, kettle & crumb`,
    expected: notARejection('Kettle & Crumb', 'Head Baker'),
  },
  {
    id: 'not-rejection-indian-english-shortlisted',
    note: 'Indian English, shortlisted for technical round',
    text: `Dear Rahul,

Greetings from Nexgen Softlabs!

We are happy to inform you that your profile has been shortlisted for the technical round for the position of .NET Developer. Kindly confirm your availability for Saturday between 10 AM and 1 PM.

Thanks & Regards,
HR Team
Nexgen Softlabs`,
    expected: notARejection('Nexgen Softlabs', '.NET Developer'),
  },
  {
    id: 'not-rejection-assessment-centre-invite',
    note: 'graduate assessment centre invite',
    text: `Subject: Assessment Centre Invitation

Dear Priya,

Congratulations! Following your video interview, we are pleased to invite you to our virtual assessment centre for the Pennington Bank Graduate Programme. Please select a date using the booking link.

Pennington Bank Early Careers
This inbox is not monitored.`,
    expected: notARejection('Pennington Bank', 'Graduate Programme', true),
  },
  {
    id: 'not-rejection-delay-apology',
    note: 'apology for delay, "unfortunately" decision delayed',
    text: `Hi Tom,

Unfortunately our decision on the Structural Engineer role is taking longer than planned, as two of the panel are away. We hope to come back to you by the end of the month.

Apologies for the wait, and thank you for your patience.

Regards,
Emma
HR, Corbridge Engineering`,
    expected: notARejection('Corbridge Engineering', 'Structural Engineer'),
  },
  {
    id: 'not-rejection-german-invitation',
    note: 'German-influenced, invitation to interview',
    text: `Dear Mr. Costa,

thank you for your application as Backend Developer. We would like to get to know you personally and invite you to a first interview via Teams.

Please tell us your availability in the next two weeks.

Kind regards
Anna Vogel
Hafenblick Software GmbH`,
    expected: notARejection('Hafenblick Software', 'Backend Developer'),
  },
  {
    id: 'not-rejection-survey',
    note: 'candidate experience survey after interview',
    text: `Hi Sam,

Thank you for interviewing with Rowan Analytics. We'd love to hear about your experience so far. Please take two minutes to fill in our candidate experience survey using the link below.

Your feedback helps us improve.

Rowan Analytics Talent Team
Sent via Greenhouse`,
    expected: notARejection('Rowan Analytics', null, true),
  },
  {
    id: 'not-rejection-agency-feedback-positive',
    note: 'agency, positive feedback, second interview',
    text: `Hi Steve,

Great feedback from Holbrook Logistics — they loved you! They'd like you back for a second interview with the Operations Director next Wednesday morning. Does that work?

Cheers,
Dan
Nexus Recruitment`,
    expected: notARejection('Holbrook Logistics', null),
  },
  {
    id: 'not-rejection-onboarding',
    note: 'onboarding after acceptance',
    text: `Hi Leo,

Welcome aboard! We're excited you accepted our offer for the Operations Analyst role. Attached is your onboarding checklist; your laptop will arrive next week.

See you on the 3rd!

Priya
People Ops, Tideline`,
    expected: notARejection('Tideline', 'Operations Analyst'),
  },
  {
    id: 'not-rejection-ats-application-incomplete',
    note: 'ATS, application incomplete reminder',
    text: `Hi Laura,

You started an application for the Healthcare Assistant position at Beacon Hill Hospital but haven't submitted it yet. Please log in to complete your application before the closing date.

Beacon Hill Hospital Recruitment
This is an automated reminder. Please do not reply.`,
    expected: notARejection('Beacon Hill Hospital', 'Healthcare Assistant', true),
  },
  {
    id: 'not-rejection-portuguese-next-phase',
    note: 'Brazilian, approved to next phase',
    text: `Olá Felipe,

Temos boas notícias! Thank you for your participation in the first phase of the process for the QA Analyst vacancy. You were approved for the next phase, the technical interview with the leader of the area.

Please confirm your availability.

Abraços,
Juliana
Recrutamento | Araucária Tech`,
    expected: notARejection('Araucária Tech', 'QA Analyst'),
  },
  {
    id: 'not-rejection-salary-question',
    note: 'recruiter asks salary expectations',
    text: `Hi Mike,

Thanks for applying for the Logistics Coordinator role at Orbit Freight. Before we book interviews, could you let me know your salary expectations and notice period?

Thanks,
Gemma
Recruitment, Orbit Freight`,
    expected: notARejection('Orbit Freight', 'Logistics Coordinator'),
  },
  {
    id: 'not-rejection-talent-pool',
    note: 'added to talent pool, no decision on an application',
    text: `Hi Noor,

Thanks for joining the Glasshouse Studio talent community! We'll send you relevant roles as they open. You can update your preferences at any time.

Glasshouse Studio Careers
No-reply address.`,
    expected: notARejection('Glasshouse Studio', null, true),
  },
  {
    id: 'not-rejection-offer-call-scheduled',
    note: 'recruiter wants to call about good news',
    text: `Hi Aisha,

I have some good news about the Product Manager role and would love to share it on a call! Are you free at 4pm today?

Best,
Chris
Talent, Fernwood`,
    expected: notARejection('Fernwood', 'Product Manager'),
  },

  // ─────────── written after the classifier's second version (emails neither opinion had seen) ───────────
  {
    id: 'internal-us-nonprofit-program-lead',
    note: 'US nonprofit director, warm, the internal hire described as a volunteer coordinator stepping up',
    text: `Subject: Program Lead search

Hi Danielle,

I wanted to reach out personally before the board meeting. After a lot of discussion we've asked Marcus, who has run our volunteer program for three years, to step up into the Program Lead position. He knows our families and our partners, and in the end that continuity mattered most to the board.

I know you put real thought into your presentation and I'm sorry this isn't the news you hoped for.

With gratitude,
Ellen Park
Executive Director
Brightpath Youth Alliance`,
    expected: rejection('Brightpath Youth Alliance', 'Program Lead', 'internal_candidate', null),
  },
  {
    id: 'internal-ats-greek-english',
    note: 'ATS template with non-native phrasing: "covered by an employee of the company"',
    text: `Subject: Application for Procurement Officer

Dear applicant,

We thank you for the interest you showed for the position of Procurement Officer in Aegean Shipping Services.

We would like to inform you that the position has been covered by an employee of the company, therefore your application will not be processed further.

We will keep your CV in our records.

Human Resources Department
Aegean Shipping Services S.A.
This mailbox is not monitored.`,
    expected: rejection(
      'Aegean Shipping Services',
      'Procurement Officer',
      'internal_candidate',
      'resume_screen',
      true,
    ),
  },
  {
    id: 'direction-agency-fixed-term-instead',
    note: 'British agency recruiter, the client now wants a fixed-term contractor instead of a permanent hire',
    text: `Hi Owen,

Just off the phone with Holloway Foods about the Finance Business Partner job. They've come back to say they'll cover the work with a six-month interim instead of a permanent appointment while the new CFO settles in, so they won't be taking any perm candidates forward, yourself included.

Nothing to do with your interview, which they rated. I'll keep you posted if the perm role comes back.

Cheers,
Jade Moss
Principal Consultant | Carrington Finance Recruitment`,
    expected: rejection(
      'Holloway Foods',
      'Finance Business Partner',
      'different_direction',
      'first_interview',
    ),
  },
  {
    id: 'direction-analytics-merged-generalist',
    note: 'hiring manager writing personally; the team now wants a generalist rather than a specialist',
    text: `Hello Kenji,

Thank you for the time you gave us on the Data Visualisation Specialist interviews. Since we spoke, our analytics group has been merged with the reporting team, and we've agreed that what we need now is a generalist analyst who can cover dashboards, SQL and some stakeholder work rather than a dedicated visualisation specialist.

That means we are withdrawing the specialist opening, and I didn't want you to hear it from an automated email.

Regards,
Sunita Rao
Head of Analytics, Meridale Insurance`,
    expected: rejection(
      'Meridale Insurance',
      'Data Visualisation Specialist',
      'different_direction',
      'first_interview',
    ),
  },
  {
    id: 'direction-startup-earlier-stage-skills',
    note: 'informal founder, plans changed towards a hands-on builder over a manager',
    text: `hey Priyanka — thanks for chatting last week about Engineering Manager. after our fundraise slipped we've rethought the plan: for the next year we need a hands-on builder writing code every day, not someone managing a team, so we're reworking the job around that. your background is clearly on the management side so it wouldn't be fair to keep you in the process.

appreciate you!
Tomás, cofounder @ Fieldnote`,
    expected: rejection('Fieldnote', 'Engineering Manager', 'different_direction', 'first_interview'),
  },
  {
    id: 'better-ats-closer-sector',
    note: 'ATS template; another applicant with more directly relevant sector background',
    text: `Subject: Your application: Clinical Trials Coordinator

Dear Ana,

Thank you for applying for the Clinical Trials Coordinator role at Northgate Research. We received a high number of strong applications.

On this occasion we have offered the position to an applicant with more direct experience coordinating oncology trials, which is central to this role.

We wish you every success in your search.

Northgate Research Recruitment Team
Please do not reply to this message.`,
    expected: rejection(
      'Northgate Research',
      'Clinical Trials Coordinator',
      'better_qualified_candidate',
      null,
      true,
    ),
  },
  {
    id: 'better-irish-pipped',
    note: 'Irish recruiter, chatty; "pipped at the post by someone with more years in payroll"',
    text: `Hi Siobhan,

Hope you're keeping well. I'm afraid you were pipped at the post for the Payroll Manager job at Corrib Healthcare. They went with a lady who has about eight more years running payroll for multi-site employers, and that was the difference at the end of the day.

Honestly you interviewed brilliantly. Let's have a chat next week about what else is out there.

Take care,
Niamh
Western Talent Partners`,
    expected: rejection(
      'Corrib Healthcare',
      'Payroll Manager',
      'better_qualified_candidate',
      'first_interview',
    ),
  },
  {
    id: 'better-academic-track-record',
    note: 'formal academic committee, the appointee had a stronger grant record',
    text: `Dear Dr Mensah,

Lecturer in Environmental Chemistry

Thank you for attending the interview and giving the presentation to the appointment committee. The committee has now completed its deliberations and the post has been offered to another candidate whose record of external grant funding was considerably stronger at this stage of career.

I should like to thank you for your interest in the University of Wexcombe.

Yours sincerely,

Professor Alan Birch
Chair, Appointment Committee`,
    expected: rejection(
      'University of Wexcombe',
      'Lecturer in Environmental Chemistry',
      'better_qualified_candidate',
      'first_interview',
    ),
  },
  {
    id: 'skill-warehouse-forklift',
    note: 'plain, short, a licence the job needs',
    text: `Hi Darren,

Thanks for coming in for the Warehouse Operative trial shift at Pennine Distribution. Unfortunately we can only take people on who hold a current counterbalance forklift licence, and you told us yours lapsed last year. If you renew it please do apply again.

Thanks,
Gary
Shift Manager, Pennine Distribution`,
    expected: rejection('Pennine Distribution', 'Warehouse Operative', 'missing_skill', null),
  },
  {
    id: 'skill-us-engineering-feedback',
    note: 'US tech recruiter passing on interviewer feedback about gaps in distributed systems depth',
    text: `Hi Marco,

Thanks again for spending the day with us for the Senior Software Engineer loop at Quillstack. I wanted to share some feedback: the interviewers felt your coding was solid, but in the architecture session they weren't seeing the depth in distributed systems (consistency, partitioning, failure handling) that the level requires.

Because of that we won't be extending an offer right now. We'd be happy to revisit in 12 months.

Best,
Jordan Lee
Technical Recruiter, Quillstack`,
    expected: rejection('Quillstack', 'Senior Software Engineer', 'missing_skill', 'later_interview'),
  },
  {
    id: 'skill-spanish-english-level',
    note: 'Spanish-influenced English; the written test showed a level of German below what the clients need',
    text: `Dear Lucía,

Thank you for the interest in the Customer Support Agent position at Solvia Travel and for doing the written test.

After revision of the results, we see that the level of German in the test is below the B2 that we need for attend our clients in Germany and Austria, so we cannot continue with your candidature in this moment.

We hope to count with you in future processes.

Kind regards,
Recursos Humanos
Solvia Travel`,
    expected: rejection('Solvia Travel', 'Customer Support Agent', 'missing_skill', null),
  },
  {
    id: 'rapport-agency-too-scripted',
    note: 'agency recruiter relays that answers sounded scripted and the client could not get a sense of the person',
    text: `Hi Fatima,

Feedback is in from Larkspur Media on the Account Director interview. They felt your answers sounded quite scripted, and they struggled to get a real sense of you as a person or how you'd handle their clients day to day. So they won't be taking it further.

I know that's frustrating to hear. Fancy a quick prep session before your next one? It's very fixable.

Speak soon,
Rob
Bright Lane Recruitment`,
    expected: rejection('Larkspur Media', 'Account Director', 'presentation_or_rapport', 'first_interview'),
  },
  {
    id: 'rapport-hiring-manager-team-dynamics',
    note: 'hiring manager, careful wording about how the collaboration exercise went',
    text: `Subject: Service Designer – following up

Hi Grace,

Thanks for joining the pairing session with the team on Thursday. I'll be straightforward because I think it's more useful: in the group exercise the team found it hard to get a word in, and a couple of people felt their ideas were brushed aside. Collaboration is most of this job, so we've decided not to go further.

I hope that's helpful rather than hurtful.

Best wishes,
Miriam Achebe
Design Lead, Tessellate Public Services`,
    expected: rejection(
      'Tessellate Public Services',
      'Service Designer',
      'presentation_or_rapport',
      'later_interview',
    ),
  },
  {
    id: 'rapport-short-motivation',
    note: 'short British note: motivation for the sector did not come across',
    text: `Dear Tom,

Thank you for interviewing for the Fundraising Officer role at Harbour Lights Trust. The panel did not feel that your motivation for working in the charity sector came through strongly enough on the day, so on this occasion we will not be offering you the role.

Best wishes,
Rachel Dunn
HR Officer, Harbour Lights Trust`,
    expected: rejection(
      'Harbour Lights Trust',
      'Fundraising Officer',
      'presentation_or_rapport',
      'first_interview',
    ),
  },
  {
    id: 'timing-contract-not-won',
    note: 'consultancy, the client bid the role depended on was lost',
    text: `Hi Ayodele,

Thank you for your patience. The Delivery Consultant role was tied to a tender we submitted in March, and we heard yesterday that we were not selected as the supplier. Without that work there is no longer a role to fill, so we are closing the vacancy.

We'd be glad to stay in touch for future projects.

Kind regards,
Helen Strachan
Resourcing, Marlow Grey Consulting`,
    expected: rejection('Marlow Grey Consulting', 'Delivery Consultant', 'timing_or_budget', null),
  },
  {
    id: 'timing-canadian-funding-year-end',
    note: 'Canadian public sector, the position is cancelled for the fiscal year',
    text: `Hello Mei,

Thank you for participating in the competition for the Policy Analyst position with the City of Port Selkirk. I regret to inform you that, following the council's budget deliberations, the position will not be staffed this fiscal year and the competition has been cancelled.

Your interest in serving the City is appreciated.

Sincerely,
Human Resources Division
City of Port Selkirk`,
    expected: rejection('City of Port Selkirk', 'Policy Analyst', 'timing_or_budget', null),
  },
  {
    id: 'unknown-ats-decision-made',
    note: 'ATS template, terse: a decision was made, nothing about why',
    text: `Subject: Update regarding your application

Hello Victor,

Thank you for your interest in the Store Manager position at Kettle & Crumb. After reviewing your application, we have made the decision to pursue other applicants at this time.

We appreciate the time you took to apply and wish you the best.

Kettle & Crumb Talent Team
Sent via Workable`,
    expected: rejection('Kettle & Crumb', 'Store Manager', 'unknown', 'resume_screen', true),
  },
  {
    id: 'unknown-warm-close-call',
    note: 'recruiter: "it was very close" and "the team made their decision", no reason given',
    text: `Hi Leila,

I really wish I had better news. The team met this morning about the Brand Manager role and they've made their decision, and it isn't us moving ahead with you. It was very close, and I'm genuinely sorry.

Can I keep you in mind for the next brand role at Ostara Beauty? I think there'll be one in the new year.

Warmly,
Beth
Talent Partner, Ostara Beauty`,
    expected: rejection('Ostara Beauty', 'Brand Manager', 'unknown', null),
  },
];
