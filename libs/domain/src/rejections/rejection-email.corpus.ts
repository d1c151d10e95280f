import type { RejectionReason } from './rejection-vocabulary.js';

/**
 * Example rejection emails written for Rebound (every company, person and role is invented). They measure
 * `suggestFromRejectionEmail`; the expectations are what a careful coach would fill in by hand and are never
 * adjusted to the rules, so a few hard cases are expected to miss.
 *
 * The first 56 were written before any rule. The last 24 were written after the first version of the rules,
 * as emails the rules had never seen; on its first run that version read 14/24 reasons, 21/24 companies,
 * 19/24 roles, 23/24 automated flags and 19/24 rejection-or-not right. The misses were general gaps ("won't
 * progress", "we'll pass", "do not respond", praise running past "but"), fixed as general rules, after which
 * these 24 joined the corpus. Unseen wording is measured by rejection-email.holdout.ts.
 *
 * Expected company values leave out legal forms (Ltd, GmbH, LLP…), because that is how the suggestion names them.
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
    automated: boolean;
    isRejection: boolean;
  };
}

const rejection = (
  company: string | null,
  role: string | null,
  reason: RejectionReason,
  automated = false,
): RejectionEmailExample['expected'] => ({ company, role, reason, automated, isRejection: true });

const notARejection = (
  company: string | null,
  role: string | null,
  automated = false,
): RejectionEmailExample['expected'] => ({ company, role, reason: 'unknown', automated, isRejection: false });

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
    expected: rejection('Harrowgate & Pell', 'Head of Finance', 'internal_candidate'),
  },
  {
    id: 'internal-startup-terse',
    note: 'terse US startup, "promoting someone from within", role named without "role"',
    text: `Hey Sam,

Quick update on Staff Engineer — we ended up promoting someone from within the team. Sorry this one didn't work out, you were great to talk to.

Priya
Kitewire`,
    expected: rejection('Kitewire', 'Staff Engineer', 'internal_candidate'),
  },
  {
    id: 'internal-warm-interim',
    note: 'warm recruiter; the internal hire is described, never called "internal"',
    text: `Hi Joana,

I hope you had a lovely weekend! I wanted to call, but I know you're busy, so here goes: the hiring team has decided to offer the Customer Success Lead role to a colleague who has been covering it on an interim basis since the spring. Honestly, it was a really close call, and everyone loved your energy.

Please don't let this knock your confidence. I'd love to keep in touch and think of you for the next opening here at Lumio.

Warmly,
Hannah`,
    expected: rejection('Lumio', 'Customer Success Lead', 'internal_candidate'),
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
    expected: rejection('Drayton Logistics', 'Operations Manager', 'internal_candidate'),
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
    expected: rejection('Nordwerk Systems', 'Data Engineer', 'internal_candidate'),
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
    expected: rejection('Casa Verde Alimentos', 'Marketing Coordinator', 'internal_candidate'),
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
    expected: rejection('Brightwell Group', 'Junior Accountant', 'timing_or_budget', true),
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
    expected: rejection('Orbitly', 'Senior Backend Engineer', 'timing_or_budget'),
  },
  {
    id: 'timing-freeze-terse',
    note: 'one-paragraph startup note, hiring freeze, role with a comma in it',
    text: `Hi Lee — bad news, we've got a company-wide hiring freeze as of this morning, so we're pausing all open searches including Product Manager, Growth. Really sorry. Will reach out if things change.

— Dana @ Parcelhop`,
    expected: rejection('Parcelhop', 'Product Manager, Growth', 'timing_or_budget'),
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
    expected: rejection('University of Eastmoor', 'Research Software Engineer', 'timing_or_budget'),
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
    expected: rejection('Corvane Insurance', 'Business Analyst', 'timing_or_budget'),
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
    expected: rejection('Vantage Health', 'Clinical Data Coordinator', 'timing_or_budget', true),
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
    expected: rejection('Tavares & Filhos Engenharia', 'Financial Controller', 'timing_or_budget'),
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
    expected: rejection('Fenwick & Rowe', 'Legal Secretary', 'timing_or_budget'),
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
    expected: rejection('Mosaic Labs', 'Frontend Developer', 'better_qualified_candidate', true),
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
    expected: rejection('Ashcombe District Council', 'Senior Policy Adviser', 'better_qualified_candidate'),
  },
  {
    id: 'better-startup-offer-accepted',
    note: 'terse, an offer went to another candidate',
    text: `Hi Jordan,

Thanks for chatting with us about the Account Executive role. We've made an offer to another candidate and they've accepted, so we're closing this out.

Appreciate your time!
Kyle
Head of Sales, Brightpath`,
    expected: rejection('Brightpath', 'Account Executive', 'better_qualified_candidate'),
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
    expected: rejection('Fable & Finch', null, 'better_qualified_candidate'),
  },
  {
    id: 'better-not-a-reflection',
    note: 'tricky negative first, then "stronger candidates with direct experience"',
    text: `Hi Tomás,

Thank you for interviewing for the Data Scientist role with us. I want to be clear that this is not a reflection of your skills — your take-home was one of the strongest we saw. In the end we had several stronger candidates with direct experience in credit risk, and we went with one of them.

Wishing you the very best,
Ines
Ledgerline`,
    expected: rejection('Ledgerline', 'Data Scientist', 'better_qualified_candidate'),
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
    expected: rejection('Suncrest Technologies', 'QA Automation Engineer', 'better_qualified_candidate'),
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
    expected: rejection('Halden Foods', 'Supply Chain Analyst', 'better_qualified_candidate', true),
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
    expected: rejection('Rheinblick Software', 'UX Researcher', 'better_qualified_candidate'),
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
    expected: rejection('Wildleaf Media', 'Content Strategist', 'different_direction'),
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
    expected: rejection('Quanta Retail', 'Senior Product Designer', 'different_direction'),
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
    expected: rejection('Pemberton & Lowe', 'Marketing Director', 'different_direction'),
  },
  {
    id: 'direction-lowercase-cto',
    note: 'all lower case from a CTO; team restructured, hiring a different profile',
    text: `hey Kai, thanks for your patience. we've rethought the team structure and we're now hiring for a more senior, player-coach type of profile instead of the Engineering Manager role we interviewed you for. so we won't be continuing with your process. you were awesome in the loop though!

matt / cto @ loopstack`,
    expected: rejection('loopstack', 'Engineering Manager', 'different_direction'),
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
    expected: rejection('Elbtal Logistik', 'IT Project Manager', 'different_direction'),
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
    expected: rejection('Juniper Collective', 'Community Manager', 'different_direction'),
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
    expected: rejection('Cloudmere', 'Site Reliability Engineer', 'missing_skill'),
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
    expected: rejection('Kestrel Capital', 'Graduate Analyst', 'missing_skill'),
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
    expected: rejection('Tidewater Analytics', 'Analytics Engineer', 'missing_skill'),
  },
  {
    id: 'skill-blunt-sales',
    note: 'blunt sales leader; the missing experience is described, not named as a skill',
    text: `Hi Marcus,

Appreciate you coming in to meet the team. Straight answer, since you asked for one: we need someone who's already closed six-figure B2B SaaS deals, and your background is mostly in SMB transactional sales. That's the reason we're passing for the Enterprise Account Executive role.

Good luck out there,
Derek
VP Sales | Stackrise`,
    expected: rejection('Stackrise', 'Enterprise Account Executive', 'missing_skill'),
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
    expected: rejection('Navega Pagamentos', 'Data Analyst', 'missing_skill'),
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
    expected: rejection('Baumann Industrietechnik', 'Controller', 'missing_skill'),
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
    expected: rejection('Pocketfolio', 'Mobile Engineer', 'missing_skill'),
  },
  {
    id: 'skill-system-design-depth',
    note: 'bank, system design round lacked depth in distributed systems',
    text: `Hi Victor,

Thank you for interviewing for the Senior Software Engineer position at Halcyon Bank. The interviewers enjoyed the conversation, but felt your system design round did not show the depth of experience with distributed systems that this level requires.

We have decided not to proceed at this stage.

Regards,
Recruiting | Halcyon Bank`,
    expected: rejection('Halcyon Bank', 'Senior Software Engineer', 'missing_skill'),
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
    expected: rejection('Ferrocloud', 'Solutions Consultant', 'presentation_or_rapport'),
  },
  {
    id: 'rapport-culture-add',
    note: 'startup shorthand "culture add"',
    text: `Hey Priscilla,

Thanks for coming on site. The team didn't feel it was the right culture add at this stage, so we're going to pass on the Operations Associate role.

Rooting for you!
Zoe @ Brightloom`,
    expected: rejection('Brightloom', 'Operations Associate', 'presentation_or_rapport'),
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
    expected: rejection('Hartley Dental Group', 'Office Manager', 'presentation_or_rapport'),
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
    expected: rejection('Northgate Housing', 'Project Coordinator', 'presentation_or_rapport'),
  },
  {
    id: 'rapport-enthusiasm-founder',
    note: 'founder, no role named, lack of visible enthusiasm',
    text: `Hi Ellie,

We appreciated you coming in. Candidly, the hiring manager felt you didn't come across as very enthusiastic about our mission during the conversation, and for a team this small that matters a lot to us.

We'll be passing for now. Best of luck with your search.

Greg
Founder, Seedling Health`,
    expected: rejection('Seedling Health', null, 'presentation_or_rapport'),
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
    expected: rejection('Sol Nascente Distribuidora', 'Key Account Manager', 'presentation_or_rapport'),
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
    expected: rejection('Northwind Payments', 'Product Support Specialist', 'unknown', true),
  },
  {
    id: 'unknown-one-liner',
    note: 'the shortest possible rejection',
    text: `Hi Devon,

Thanks for your time. We're not moving forward at this time.

Best,
Hiring Team, Quillpad`,
    expected: rejection('Quillpad', null, 'unknown'),
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
    expected: rejection('Greyfriars College', 'Senior Librarian', 'unknown'),
  },
  {
    id: 'unknown-impressed-however',
    note: 'tricky: "impressed with your experience, however" is praise, not a reason',
    text: `Hi Charlotte,

Thanks so much for interviewing with us for the Brand Designer role. We were impressed with your experience and your portfolio, however, we have decided not to move forward with your candidacy.

We wish you the best of luck!

Tamsin
Recruiting at Ollie & Oak`,
    expected: rejection('Ollie & Oak', 'Brand Designer', 'unknown'),
  },
  {
    id: 'unknown-not-filled-yet',
    note: 'tricky: "has not been filled yet, but" is not timing',
    text: `Hello Rahul,

Thank you for your patience. The Network Engineer position has not been filled yet, but we have decided not to continue with your application.

Kind regards,
IT Recruitment
Marlow Telecom`,
    expected: rejection('Marlow Telecom', 'Network Engineer', 'unknown'),
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
    expected: rejection('Greenleaf Energy', 'Sustainability Analyst', 'unknown', true),
  },
  {
    id: 'unknown-agency-unnamed-client',
    note: 'agency recruiter, the client is not named: no company rather than the agency',
    text: `Hi Priyanka,

Unfortunately the client has come back and they won't be progressing your application for the Payroll Administrator role. They didn't give any detailed feedback, I'm afraid, but I'll chase for some if I can.

Speak soon,
Gemma
Recruitment Consultant, Apex People Solutions`,
    expected: rejection(null, 'Payroll Administrator', 'unknown'),
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
    expected: rejection('Pitanga Tech', 'Frontend Engineer', 'unknown'),
  },
  {
    id: 'unknown-german-greeting',
    note: 'German greeting and closing, "Das … Team" signature',
    text: `Hallo Lukas,

thanks again for your application for the Working Student Marketing position at Wunderkraut.

Unfortunately we have to tell you that we will not consider your application further. We get many applications and cannot give individual feedback, we hope for your understanding.

Viele Grüße
Das Wunderkraut Team`,
    expected: rejection('Wunderkraut', 'Working Student Marketing', 'unknown'),
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
    expected: rejection('Greystone Data', 'Platform Engineer', 'unknown'),
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
    expected: rejection('Tallis Bank', 'Graduate Software Engineer', 'unknown', true),
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
    expected: rejection('Fieldstone', null, 'better_qualified_candidate'),
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
    expected: rejection('Kingsmead NHS Foundation Trust', 'Finance Business Partner', 'internal_candidate'),
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
    expected: rejection('Brambleworks', 'Senior Data Engineer', 'timing_or_budget'),
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
    expected: rejection('Polarfield', 'Product Owner', 'timing_or_budget'),
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
    expected: rejection('Sonnenfeld Digital', 'Frontend Developer', 'missing_skill'),
  },
  {
    id: 'rapport-presentation-unprepared',
    note: 'terse, presentation felt unprepared',
    text: `Hey Tom — team's feedback is that the presentation felt a bit unprepared and they didn't get a clear picture of your approach. We'll pass this time.

Rachel | Glint`,
    expected: rejection('Glint', null, 'presentation_or_rapport'),
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
    expected: rejection('Thornbury Arts Centre', 'Events Officer', 'unknown'),
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
    expected: rejection('Corwell Engineering', 'Mechanical Design Engineer', 'better_qualified_candidate'),
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
    expected: rejection('Lusotech', 'Backend Developer', 'unknown'),
  },
  {
    id: 'timing-us-canceled',
    note: 'US ATS, position canceled (one l), automated notification',
    text: `Hi Casey,

Thanks for applying to Redline Freight. We're writing to let you know that the Dispatcher position you applied for has been canceled due to changing business needs.

Sincerely,
Redline Freight Talent Acquisition

This is an automated notification; replies are not monitored.`,
    expected: rejection('Redline Freight', 'Dispatcher', 'timing_or_budget', true),
  },
  {
    id: 'direction-more-senior-level',
    note: 'the role is being re-levelled to a more senior hire',
    text: `Hi Freya,

I'm sorry to say we've decided to hire for a more senior level instead, so the Marketing Executive role won't be going ahead in its current form.

Thanks so much for your time.

Sophie
Hollow Oak Studio`,
    expected: rejection('Hollow Oak Studio', 'Marketing Executive', 'different_direction'),
  },
  {
    id: 'skill-commercial-depth',
    note: 'praise, then answers lacked commercial depth',
    text: `Hi Daniel,

Thank you for your time on the case study. The panel felt you have great stakeholder skills but your answers on pricing strategy lacked the commercial depth we need for a Senior Product Manager. We won't progress further.

Best wishes,
Amara
Lattice Health`,
    expected: rejection('Lattice Health', 'Senior Product Manager', 'missing_skill'),
  },
  {
    id: 'internal-lowercase-existing-engineer',
    note: 'all lower case, an existing engineer moved into the role',
    text: `hi jess, wanted to close the loop — we ended up moving one of our existing engineers into the Tech Lead spot. really enjoyed talking with you and hope our paths cross again.

- rob, Quayside`,
    expected: rejection('Quayside', 'Tech Lead', 'internal_candidate'),
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
    expected: rejection("St Anne's Primary School", 'Teaching Assistant', 'presentation_or_rapport'),
  },
  {
    id: 'unknown-ats-generated-automatically',
    note: 'ATS with "generated automatically" and "do not respond"',
    text: `Dear Applicant,

Thank you for your interest in opportunities at Verdant Foods. We have carefully reviewed your qualifications and regret that we are unable to offer you a position at this time. We will retain your information in our database.

*This message was generated automatically. Please do not respond to this email.*`,
    expected: rejection('Verdant Foods', null, 'unknown', true),
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
    expected: rejection('Nimbus Softech', 'Java Developer', 'better_qualified_candidate'),
  },
  {
    id: 'timing-german-frozen',
    note: 'German greeting and closing, position frozen in a reorganisation, gender note mid-title',
    text: `Hallo Frau Schneider,

thank you for your interest in the Werkstudent (m/w/d) HR position. Unfortunately, the position is currently frozen due to a reorganisation. We will inform you if it is reopened.

Beste Grüße
Lena Wolf
People & Culture, Brückner Mobility`,
    expected: rejection('Brückner Mobility', 'Werkstudent HR', 'timing_or_budget'),
  },
  {
    id: 'direction-brief-changed-location',
    note: 'warm, the brief changed to a Singapore-based hire',
    text: `Hi Lucy!

Thank you for being so generous with your time. After lots of reflection, we've realised we need the Head of Partnerships to be based in Singapore, so we're changing the brief and won't be moving ahead with UK-based candidates. I'm genuinely sorry.

Warmest wishes,
Anika
Tandem Travel`,
    expected: rejection('Tandem Travel', 'Head of Partnerships', 'different_direction'),
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
    expected: rejection(null, null, 'missing_skill'),
  },
  {
    id: 'unknown-portuguese-other-candidates',
    note: 'Portuguese greeting and closing around a generic English line',
    text: `Oi Ana, obrigado pela paciência!

Unfortunately we decided to continue with other candidates for the UX Writer role.

Abraços,
Júlia — Bossa Labs`,
    expected: rejection('Bossa Labs', 'UX Writer', 'unknown'),
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
    expected: rejection('Arbor Software', 'Head of Customer Success', 'presentation_or_rapport'),
  },
];
