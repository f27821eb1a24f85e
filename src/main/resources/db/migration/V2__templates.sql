-- The templates that ship with Casebook. Templates are data: more can be added with a migration or by an admin.

insert into template (id, code, name, description) values
 (1, 'leadership', 'Leadership case study',
  'The shape of the reference case study: context, challenge, approach, key decisions, outcome and lessons. For leadership and management roles.'),
 (2, 'engineering', 'Engineering project',
  'A technical project told end to end: the problem, constraints, the design and its trade-offs, how it was built and what it achieved.'),
 (3, 'star', 'STAR (Situation, Task, Action, Result)',
  'The classic interview structure, short and focused on one situation and its measurable result.');

insert into template_section (template_id, position, heading, guidance, min_words, max_words, outcome) values
 (1, 1, 'The Context', 'Describe the organisation you joined or worked in and the situation when you arrived: its stage, size, growth and what was at stake for the business.', 60, 300, false),
 (1, 2, 'The Challenge', 'Name the problem that had to be solved: what was breaking or blocking, what it cost, and the constraints (time, money, people) you had to work within.', 60, 300, false),
 (1, 3, 'Your Approach', 'Explain the strategy you chose and why, the alternatives you rejected, how you found out where to act first and how you brought people along.', 80, 400, false),
 (1, 4, 'Key Decisions', 'Give two or three decisions that shaped the result: what you chose, what you gave up, and why it was right even where it was a hard sell.', 80, 400, false),
 (1, 5, 'The Outcome', 'State the results with numbers: percentages, amounts, durations, before and after. Say what changed for the business, the customers and the team.', 50, 300, true),
 (1, 6, 'What You Learned', 'Reflect on what you took away and what you would do differently; show how the lesson shapes how you work today.', 40, 250, false),
 (2, 1, 'Overview', 'In a few sentences: what was built, for whom, your role in it and the team around you.', 40, 200, false),
 (2, 2, 'The Problem', 'What was wrong or missing before, who suffered from it and how you knew (data, incidents, feedback).', 60, 300, false),
 (2, 3, 'Constraints', 'The limits you worked within: deadlines, budget, legacy systems, compliance, team size and skills.', 30, 200, false),
 (2, 4, 'Architecture and Design', 'The design you chose, the alternatives you weighed and the trade-offs that decided it. A diagram described in words helps.', 100, 500, false),
 (2, 5, 'Implementation', 'How it was built and rolled out: milestones, risks met on the way and how they were handled.', 80, 400, false),
 (2, 6, 'Results', 'Measured results: latency, cost, reliability, adoption, time saved, with numbers and over what period.', 40, 250, true),
 (2, 7, 'Lessons Learned', 'What you would keep and what you would change if you did it again.', 30, 200, false),
 (3, 1, 'Situation', 'Set the scene: where you were, when, and what was going on. Keep it short and specific.', 30, 150, false),
 (3, 2, 'Task', 'What you were responsible for and what success would look like.', 20, 120, false),
 (3, 3, 'Action', 'What you did yourself, step by step, and why. Say "I", not "we", where it was you.', 60, 300, false),
 (3, 4, 'Result', 'What happened because of it, measured: a number, a percentage, a time or an amount, and what you learned.', 30, 150, true);
