-- SEND Tracker: bundled example plan.
--
-- Built from two published documents:
--   * Rotherham Partnership SEND Strategy (vision, commitments, Voices
--     priorities, areas for development, outcomes, governance);
--   * Rotherham Local Area Written Statement of Action (WSoA) for SEND,
--     summary for May 2023 (BRAG key, quantitative summary, BRAG on a page
--     for priority areas 1 and 2).
-- Priority area titles are the four areas of weakness named in the
-- inspection findings of July 2021.
--
-- This file holds INSERT statements only; it is run against a fresh plan
-- file after schema-1.sql, and after the program has inserted the `status`
-- rows (the rating scale).
--
-- Conventions: explicit integer ids; `position` starts at 0 within each
-- parent (outcome items: indicators first, then measures).


-- ---------------------------------------------------------------------------
-- Plan
-- ---------------------------------------------------------------------------

INSERT INTO plan (id, title, local_area, description, vision) VALUES
  (1,
   'Rotherham Local Area SEND Written Statement of Action',
   'Rotherham',
   'This example plan is built from the Rotherham Partnership SEND Strategy and the Rotherham Local Area Written Statement of Action for SEND summary for May 2023. The actions of priority areas 3 and 4 are not published in the summary, so their sub-actions and actions are placeholders numbered to match the published counts. Per-action ratings are illustrative, and so are all Jan 23 ratings and all commentary: the May 23 ratings reproduce the published quantitative summary for each area, but the summary does not say which action had which colour.',
   'Rotherham is ambitious for all children and young people to achieve their potential and have the best start in life.'
   || char(10) || char(10) ||
   'In Rotherham our strategic leaders for integrated place-based priorities share the vision that services and organisations should support people and families to live independently in the community, with prevention and self-management at the heart of our delivery. Our SEND Strategy therefore starts with a conversation with our population, parents, carers, children and young people about how best we can support them to achieve this.');


-- ---------------------------------------------------------------------------
-- Reporting periods
-- ---------------------------------------------------------------------------

INSERT INTO period (id, position, label, end_date) VALUES
  (1, 0, 'Jan 23', '2023-01-31'),
  (2, 1, 'May 23', '2023-05-31');


-- ---------------------------------------------------------------------------
-- Governance: boards and groups
-- ---------------------------------------------------------------------------
-- Reporting lines are only those the sources state, with these readings:
-- * Strategy governance table (columns: strategy, board, transformation
--   group, Place Board) is extracted with merged cells split: "Learning
--   Disability and Mental Health Transformation Group" sits on the Autism row
--   and the Preparation for Adulthood row is empty in that column, so the
--   cell is read as spanning both rows: the Autism Board and the Preparation
--   for Adulthood Board report to the LD&MH Transformation Group.
--   "Children and Young People's Transformation Group" spans the SEMH and
--   SEND rows; "Rotherham Place Board" spans all rows.
-- * The SEMH Strategy Delivery Group is placed under the CYP Transformation
--   Group as in that table (the areas-for-development table says "SEMH
--   Strategy Delivery Group reporting to Place Board", i.e. ultimately).
-- * "SEND Board" (table) and "SEND Strategic Board" (text) are one board.
--   The table places it under the CYP Transformation Group, but the text says
--   plainly "The SEND Strategic Board reports to the Rotherham Place Board";
--   the text is followed.
-- * SEND Executive Group: the WSoA says it monitors the WSoA using the BRAG
--   ratings, with four subgroups; its reporting line is in the governance
--   chart, which is missing from the extract. It is placed under the SEND
--   Strategic Board as the brief for this file directs; no cadence is
--   published.
-- * SEMH Strategic Implementation Board, the two Integrated Care Partnership
--   groups and the Performance Board: no reporting line published (NULL).

INSERT INTO board (id, position, name, kind, reports_to, cadence, description) VALUES
  (1, 0, 'Rotherham Place Board', 'board', NULL,
   'Receives a refined set of headline measures quarterly and a detailed spotlight update three times a year',
   'Oversees the SEND Strategy, in recognition that SEND is an area of responsibility for all partners in Rotherham.'),
  (2, 1, 'Learning Disability and Mental Health Transformation Group', 'group', 1, '', ''),
  (3, 2, 'Children and Young People''s Transformation Group', 'group', 1, '', ''),
  (4, 3, 'Autism Board', 'board', 2, '', ''),
  (5, 4, 'Preparation for Adulthood Board', 'board', 2, '', ''),
  (6, 5, 'SEMH Strategy Delivery Group', 'group', 3, '', ''),
  (7, 6, 'SEND Strategic Board', 'board', 1, 'Bi-monthly',
   'Also called the SEND Board. Responsible for the oversight of the Rotherham SEND Strategy; the scorecards for the four outcomes report to it.'),
  (8, 7, 'SEND Executive Group', 'group', 7, '',
   'Monitors progress on the Written Statement of Action using the BRAG ratings. Four subgroups hold individual action plans showing greater detail and shorter timeframes.'),
  (9, 8, 'SEMH Strategic Implementation Board', 'board', NULL, '', ''),
  (10, 9, 'Local Offer Steering Group', 'group', 7, '', ''),
  (11, 10, 'Integrated Care Partnership Workforce Enabler Group', 'group', NULL, '', ''),
  (12, 11, 'Integrated Care Partnership Communication and Engagement Group', 'group', NULL, '', ''),
  (13, 12, 'Performance Board', 'board', NULL, '',
   'Approved the Written Statement of Action scorecard, including agreed baseline measures, tolerances and RAG rating.');


-- ---------------------------------------------------------------------------
-- Governance: strategies and their accountable boards
-- ---------------------------------------------------------------------------

INSERT INTO strategy (id, position, name, board_id) VALUES
  (1, 0, 'Autism Strategy', 4),
  (2, 1, 'Preparation for Adulthood', 5),
  (3, 2, 'SEMH Strategy', 6),
  (4, 3, 'SEND Strategy', 7),
  (5, 4, 'SEND Sufficiency Strategy', 7);


-- ---------------------------------------------------------------------------
-- People (responsible individuals named in the SEND Strategy)
-- ---------------------------------------------------------------------------
-- Christina Harrison is published with her organisation only ("Christina
-- Harrison RDASH").

INSERT INTO person (id, position, name, role, organisation) VALUES
  (1, 0, 'Jenny Lingrell', 'Joint Assistant Director Commissioning, Performance and Inclusion', 'RMBC/RCCG'),
  (2, 1, 'Sue Wilson', 'Head of Performance', 'RMBC'),
  (3, 2, 'Mary Jarrett', 'Head of Inclusion', 'RMBC'),
  (4, 3, 'Christina Harrison', '', 'RDASH'),
  (5, 4, 'Garry Parvin', 'Joint Commissioner', 'RMBC/RCCG'),
  (6, 5, 'Ian Spicer', 'Assistant Director Adult Services', 'RMBC');


-- ---------------------------------------------------------------------------
-- Voices: commitments and priorities
-- ---------------------------------------------------------------------------

INSERT INTO voice (id, position, kind, text) VALUES
  (1, 0, 'commitment', 'Make our relationships stronger'),
  (2, 1, 'commitment', 'Make communication more honest, open and accessible'),
  (3, 2, 'priority', 'Believe'),
  (4, 3, 'priority', 'Get Me Help Quicker'),
  (5, 4, 'priority', 'Make Transitions to Adulthood Better and Plan Them With Me');


-- ---------------------------------------------------------------------------
-- Areas for development: Voices priorities
-- ---------------------------------------------------------------------------
-- The published table has 10 rows (a continuation row adds Garry Parvin to
-- "Reducing waiting times ..."). Separate oversight bodies and separate
-- responsible individuals are on separate lines (char(10)); a name and its
-- role are joined by ", ". Cell-final full stops are dropped. Repairs:
-- * "neuro- developmental" (line-break hyphen) -> "neuro-developmental".
-- * "Developing the offer from mainstream schools": the extract ran the
--   oversight and responsible cells together, repeating "Assistant Director
--   Education RMBC" after each oversight line; it is given once.
-- * "Resources to sustain ...": the second responsible line is a role
--   without a name, as published; no name is supplied.
-- * "SEN Strategy reporting to SEND Board" (row 4) is kept as published
--   (probably meant "SEND Strategy").

INSERT INTO development_area (id, position, title, oversight, responsible) VALUES
  (1, 0, 'Listening, involving and believing children, young people, their carers and their families',
   'Workforce development Programme linked to SEMH Strategy' || char(10) ||
   'SEMH Strategy reporting to SEMH Strategic Implementation Board' || char(10) ||
   'SEND Strategy reporting to SEND Board' || char(10) ||
   'Integrated Care Partnership Workforce Enabler Group',
   'Jenny Lingrell, Joint Assistant Director Commissioning, Performance and Inclusion (RMBC/RCCG)'),
  (2, 1, 'Resources to sustain and develop the voice of young people in the way they would like it to happen',
   'Strategic audit of children and young people''s voices (to include LAC Council, Different but Equal Board; EHCP Audit findings; SENDIASS Annual report; POET survey) reporting to SEND Board to identify where children''s voices are evident within their planning and where they are absent and identify next steps and resources.' || char(10) ||
   'Further joint work to identify how arrangements can be aligned between Place Board partners.' || char(10) ||
   'SEND Strategy reporting to SEND Board',
   'Sue Wilson, Head of Performance at RMBC' || char(10) ||
   'Joint Assistant Director Commissioning, Performance and Inclusion (RMBC/RCCG)'),
  (3, 2, 'Working in a person/ family-centred way',
   'Workforce Development Programme' || char(10) ||
   'SEMH Strategy reporting to SEMH Strategic Implementation Board' || char(10) ||
   'SEND Strategy reporting to SEND Board' || char(10) ||
   'Integrated Care Partnership Workforce Enabler Group',
   'Jenny Lingrell, Joint Assistant Director Commissioning, Performance and Inclusion (RMBC/RCCG)'),
  (4, 3, 'Workforce development to aid better understanding of experience and to promote better responses',
   'Workforce Development Programme' || char(10) ||
   'SEMH Strategy reporting to SEMH Strategic Implementation Board' || char(10) ||
   'SEN Strategy reporting to SEND Board' || char(10) ||
   'Integrated Care Partnership Workforce Enabler Group',
   'Jenny Lingrell, Joint Assistant Director Commissioning, Performance and Inclusion (RMBC/RCCG)'),
  (5, 4, 'Communication',
   'Integrated Care Partnership Communication and Engagement Group' || char(10) ||
   'Local Offer Steering Group reporting to SEND Strategic Board',
   'RMBC/RCCG Communications Team'),
  (6, 5, 'Clearer pathways and thresholds – better joined up thinking',
   'Review of service descriptions and content of Local Offer' || char(10) ||
   'Local Offer Steering Group' || char(10) ||
   'SEND Strategy reporting to SEND Board',
   'Mary Jarrett, Head of Inclusion RMBC'),
  (7, 6, 'Developing the offer from mainstream schools',
   'Workforce Development Programme' || char(10) ||
   'SEMH Strategic Implementation Board' || char(10) ||
   'SEND Strategy reporting to SEND Board',
   'Assistant Director Education RMBC'),
  (8, 7, 'Reducing waiting times for neuro-developmental diagnosis (Neuro-developmental pathway re-design)',
   'SEMH Strategy Delivery Group reporting to Place Board' || char(10) ||
   'Autism Strategy',
   'Christina Harrison, RDASH / Jenny Lingrell, Joint Assistant Director Commissioning, Performance and Inclusion (RMBC/RCCG)' || char(10) ||
   'Garry Parvin, Joint Commissioner RMBC/RCCG'),
  (9, 8, 'Understanding of, and response to, SEMH/ anxiety/autism (Neuro-developmental pathway re-design)',
   'SEMH Strategy Delivery Group reporting to Place Board',
   'Christina Harrison, RDASH / Jenny Lingrell, Joint Assistant Director Commissioning, Performance and Inclusion (RMBC/RCCG)'),
  (10, 9, 'Increasing support to enable independence, including in paid employment',
   'Preparation for Adulthood Board',
   'Ian Spicer, Assistant Director Adult Services, RMBC');


-- ---------------------------------------------------------------------------
-- Strategy outcomes
-- ---------------------------------------------------------------------------
-- Statements as published in the list of the four outcomes (outcome 4 reads
-- "person-centred" there and "person centred" in its detail box).

INSERT INTO outcome (id, position, name, statement) VALUES
  (1, 0, 'Wellbeing',
   'All children and young people in Rotherham with SEND to enjoy good physical and mental health'),
  (2, 1, 'Preparation for Adulthood',
   'All young people in Rotherham with SEND are well prepared and supported to exercise choice and control that enable them to enjoy fulfilling lives'),
  (3, 2, 'CYP and Parents Voice',
   'All Children and Young People in Rotherham with SEND and their families have their voices heard and this makes a difference to their experiences and outcomes'),
  (4, 3, 'Whole Child Progress: Promises and Commitment (Attainment)',
   'All children and young people in Rotherham with SEND have positive opportunities to make progress in a person-centred way');

-- Indicators and measures, one row per published bullet. Text as published
-- (including unbalanced brackets and "EHCPS"), with these repairs:
-- * Wellbeing: the only indicator is "In development" -> one row,
--   in_development = 1.
-- * Wellbeing measure 2 reads "% and Care Plans with written advice ..." as
--   published; "of Education, Health" is probably missing after "%". Kept.
-- * Wellbeing measures: "% of children receiving the 2 year old health check
--   % of children and young people assessed in 2 weeks for a wheelchair" is
--   two bullets run together; split.
-- * PfA indicator 3: trailing "-" artefact dropped.
-- * Voice indicator 1: "All EHC Plans are informed by the views of children
--   and young people, parents and carers Number of audits that have section A
--   met." is read as two bullets run together; split.
-- * Attainment indicator 2: "attainment le child/YP outcome" -> "attainment
--   whole child/YP outcome" ("who" lost in extraction).
-- * "The SEND Scorecards will be published quarterly on The Local Offer" is
--   a note, not a measure; omitted.

-- Outcome 1: Wellbeing
INSERT INTO outcome_item (id, outcome_id, kind, position, text, in_development, measure_ref) VALUES
  (1, 1, 'indicator', 0, 'Indicators in development', 1, ''),
  (2, 1, 'measure', 1, '% of services are delivered in the required time period (18 weeks) (SALT (Speech and Language Therapy), OT (Occupational Therapy), PT(physio Therapists) CDC (Child Development Centre)', 0, 'S1.1'),
  (3, 1, 'measure', 2, '% and Care Plans with written advice from a health professional within the 6 week timescale.', 0, 'S1.2'),
  (4, 1, 'measure', 3, '% of children receiving the 2 year old health check', 0, 'S1.3'),
  (5, 1, 'measure', 4, '% of children and young people assessed in 2 weeks for a wheelchair', 0, 'S1.4');

-- Outcome 2: Preparation for Adulthood
INSERT INTO outcome_item (id, outcome_id, kind, position, text, in_development, measure_ref) VALUES
  (6, 2, 'indicator', 0, 'Numbers of young people with SEND who are EET', 0, ''),
  (7, 2, 'indicator', 1, 'Number of care leavers with SEND who are "in touch"', 0, ''),
  (8, 2, 'indicator', 2, 'Number of young people referred into Adult Transitions team', 0, ''),
  (9, 2, 'indicator', 3, 'Number of over 19s with EHCPS', 0, ''),
  (10, 2, 'measure', 4, '% increase of young people with SEND who are EET compared to their peer group (i.e. the whole cohort).', 0, 'S2.1'),
  (11, 2, 'measure', 5, 'Number of young adults on ROC supported Internships Scheme who obtain employment', 0, 'S2.2'),
  (12, 2, 'measure', 6, 'Social care advice received within timescales', 0, 'S2.3'),
  (13, 2, 'measure', 7, 'Number of Permanent Exclusions (primary and secondary against nearest neighbours', 0, 'S2.4');

-- Outcome 3: CYP and Parents Voice
INSERT INTO outcome_item (id, outcome_id, kind, position, text, in_development, measure_ref) VALUES
  (14, 3, 'indicator', 0, 'All EHC Plans are informed by the views of children and young people, parents and carers', 0, ''),
  (15, 3, 'indicator', 1, 'Number of audits that have section A met.', 0, ''),
  (16, 3, 'indicator', 2, 'Number of POET surveys completed by year (baseline 2019)', 0, ''),
  (17, 3, 'indicator', 3, 'Number of families receiving a Short Break', 0, ''),
  (18, 3, 'measure', 4, 'Numbers of schools, services and settings participating in the Rotherham Charter Gold accreditation process', 0, 'S3.1'),
  (19, 3, 'measure', 5, '100% of EHC Plans incorporate the views of children and young people, parents and carers (EHC Audit/POET)', 0, 'S3.2'),
  (20, 3, 'measure', 6, 'Numbers of children and young people with SEND attending groups that have a Voice and Influence remit (Genuine Partnerships data).', 0, 'S3.3'),
  (21, 3, 'measure', 7, 'Numbers of families accessing Rotherham Parent Carers Forum and strategic meetings attended (RPCF data)', 0, 'S3.4');

-- Outcome 4: Whole Child Progress: Promises and Commitment (Attainment)
INSERT INTO outcome_item (id, outcome_id, kind, position, text, in_development, measure_ref) VALUES
  (22, 4, 'indicator', 0, 'Attendance rates in line with peers and other LAs', 0, ''),
  (23, 4, 'indicator', 1, 'Progress and value added of attainment whole child/YP outcome', 0, ''),
  (24, 4, 'indicator', 2, 'Number of children with EHCPS', 0, ''),
  (25, 4, 'indicator', 3, 'Number of Children with SEN', 0, ''),
  (26, 4, 'indicator', 4, 'Number of LAC with SEN', 0, ''),
  (27, 4, 'measure', 5, '% attendance in line with peers', 0, 'S4.1'),
  (28, 4, 'measure', 6, '% children with SEND attainment at all Key Stages', 0, 'S4.2'),
  (29, 4, 'measure', 7, '% of young people with SEND who are EET', 0, 'S4.3'),
  (30, 4, 'measure', 8, '% of Audits of EHCP''s that are met or unmet', 0, 'S4.4'),
  (31, 4, 'measure', 9, 'Increase in the number of schools who have requested a SEND review as part of the ROSIS offer', 0, 'S4.5'),
  (32, 4, 'measure', 10, '% increase in children with EHCPS', 0, 'S4.6'),
  (33, 4, 'measure', 11, '% increase in SEN', 0, 'S4.7'),
  (34, 4, 'measure', 12, 'ratio of children in Special school/ Mainstream provision', 0, 'S4.8');


-- ---------------------------------------------------------------------------
-- Priority areas
-- ---------------------------------------------------------------------------
-- Titles: the inspection findings (seeds README), first letter capitalised.
-- Descriptions: the rotated side text of the BRAG on a page. For area 1 the
-- side text is only "Priority Area 1 – The variability in the quality of EHC
-- plans, including the contribution of health and social care partners."
-- (the title), so its description is empty. For area 2 the side text is an
-- expected outcome, reconstructed from its fragments. Areas 3 and 4 are not
-- in the summary.

INSERT INTO area (id, position, number, title, description) VALUES
  (1, 0, '1', 'The variability in the quality of EHC plans, including the contribution of health and social care partners', ''),
  (2, 1, '2', 'The effectiveness of the graduated response to identify and meet children and young people''s needs, especially in key stages 1 and 2',
   'Children and Young People with SEND in Rotherham experience an effective graduated response to identify and meet their needs, especially in key stages 1 and 2'),
  (3, 2, '3', 'The quality of provision for children and young people''s preparation for, and transition to, adulthood', ''),
  (4, 3, '4', 'Communication with all parents and carers of children and young people with SEND about the local offer, and the accessibility of the information in the local offer', '');


-- ---------------------------------------------------------------------------
-- Sub-actions
-- ---------------------------------------------------------------------------
-- Published sub-action headings end with ", this will mean that:" (or "this
-- will mean that:"; 1.2 has none). That lead-in to the actions is dropped
-- from every sub-action text, consistently. Headings broken by tabs and
-- rotated letters are rejoined ("Ed|ucation H|ealth and Ca|re Plans" ->
-- "Education Health and Care Plans", "developr|nent" -> "development",
-- "the gra|ī|sponse" -> "the graduated response", "continuu|m of provi|ision"
-- -> "continuum of provision", "cha|allenge" -> "challenge").
-- Judgement calls:
-- * 2.1: fragments "Four Cornerstones A|proach ar|nd Rotherham|Charter Gold|
--   Accreditation|n process" + "ps the local area": read as "Approach and
--   Rotherham Charter Gold Accreditation process across the local area" (the
--   strategy names "the Rotherham Charter Gold accreditation process";
--   "across" is the likeliest word ending in "s" before "the local area").
-- * 2.5: "which includes a r| |d promotion o|f the SENCO|network even|t."
--   loses text between "a r" and "d promotion" (an empty cell in the
--   extract); the gap is marked "[…]" rather than invented.

INSERT INTO sub_action (id, area_id, position, ref, text) VALUES
  -- Priority area 1
  (1, 1, 0, '1.1', 'Improve the Quality Assurance framework for Education Health and Care Plans'),
  (2, 1, 1, '1.2', 'Provide a range of CPD opportunities for practitioners, schools/settings, parents/carers, children, and young people to ensure that the quality of EHCP Plans improve across the local area'),
  (3, 1, 2, '1.3', 'Ensure that all current EHCP templates in use are transferred to one single template'),
  (4, 1, 3, '1.4', 'Implement the review reset project to increase capacity in the EHC Team to enable an increase the number of annual reviews that are actioned in time'),
  (5, 1, 4, '1.5', 'Develop a management information system to enable measurement of the effectiveness of EHCPs for individual children and young people'),
  (6, 1, 5, '1.6', 'To carry out a review of progress to identify ongoing areas for development from June 2023'),
  -- Priority area 2
  (7, 2, 0, '2.1', 'Continue to embed the Four Cornerstones Approach and Rotherham Charter Gold Accreditation process across the local area'),
  (8, 2, 1, '2.2', 'Audit Outreach Support and provide recommendations for developments (if appropriate)'),
  (9, 2, 2, '2.3', 'Integrate SEND into full school improvement processes to enable support and challenge to schools'),
  (10, 2, 3, '2.4', 'Continue to develop tools to promote the graduated response'),
  (11, 2, 4, '2.5', 'Provide system wide CPD which includes a r[…]d promotion of the SENCO network event'),
  (12, 2, 5, '2.6', 'Audit the Graduated Response and continuum of provision in line with the SEND Code of Practice'),
  (13, 2, 6, '2.7', 'Carry out a review of progress to identify ongoing areas for development from June 2023'),
  -- Priority area 3 (not published in the May 2023 summary: placeholders)
  (14, 3, 0, '3.1', 'Sub-action 3.1 – detail not in the published May 2023 summary'),
  (15, 3, 1, '3.2', 'Sub-action 3.2 – detail not in the published May 2023 summary'),
  (16, 3, 2, '3.3', 'Sub-action 3.3 – detail not in the published May 2023 summary'),
  (17, 3, 3, '3.4', 'Sub-action 3.4 – detail not in the published May 2023 summary'),
  -- Priority area 4 (not published in the May 2023 summary: placeholders)
  (18, 4, 0, '4.1', 'Sub-action 4.1 – detail not in the published May 2023 summary'),
  (19, 4, 1, '4.2', 'Sub-action 4.2 – detail not in the published May 2023 summary'),
  (20, 4, 2, '4.3', 'Sub-action 4.3 – detail not in the published May 2023 summary'),
  (21, 4, 3, '4.4', 'Sub-action 4.4 – detail not in the published May 2023 summary'),
  (22, 4, 4, '4.5', 'Sub-action 4.5 – detail not in the published May 2023 summary'),
  (23, 4, 5, '4.6', 'Sub-action 4.6 – detail not in the published May 2023 summary');


-- ---------------------------------------------------------------------------
-- Actions
-- ---------------------------------------------------------------------------
-- Scorecard references and evidence. In the BRAG on a page, the
-- "Performance Scorecard - Ref No" and "Supporting Evidence Supplied" cells
-- are merged per sub-action: every sub-action shows exactly one group of
-- references and one tick, always on the vertically middle row(s) of its
-- actions (1.1: rows 4-5 of 8; 1.2: rows 2-3 of 5; 1.3, 1.4, 1.5, 2.1, 2.4:
-- row 2 of 3; 2.2: rows 3-4 of 5; 2.5: row 4 of 7; 2.6: rows 1-2 of 2).
-- A cell's value is therefore given to every action of its sub-action.
-- Wrapped cells are rejoined:
-- * 2.2: "2.0, 2.1, 2.5, 2.6, 2.7, 2.8," (2.2.3 line) + "2.9, 2.10," (2.2.4
--   line) are one cell: "2.0, 2.1, 2.5, 2.6, 2.7, 2.8, 2.9, 2.10".
-- * 2.6: "2.8, 2.9," (2.6.1 line) + "2.10, 2.11, 2.12" (2.6.2 line) are one
--   cell: "2.8, 2.9, 2.10, 2.11, 2.12".
-- * 1.3: "1.1," has a trailing comma but nothing follows it: "1.1".
-- * "1.1 and Insight" is normalised to "1.1, Insight".
-- Ticks: "V", "1" (1.1, both halves of one tick on the middle boundary),
-- "٧", "$\sqrt{}$". Not ticks: "Ů" in the scorecard column of the 1.4.3 line
-- (1.4 has a tick anyway), "," / ".," / "02.100" near 2.4 and 2.5 (both have
-- ticks anyway). Sub-action 2.6 shows only "," in the evidence column, so its
-- actions have evidence = 0. Sub-actions 1.6, 2.1 and 2.7 have a tick but no
-- scorecard reference.
--
-- Texts and targets. In the 2.4 block the extract shifts texts and dates by
-- a line: "Implement networking/communication opportunities including" +
-- "SENCO Padlet" is 2.4.2 (target Apr-22), and "Develop and implement
-- internal mechanisms within Health/CCG" + "and RMBC including membership of
-- the EHCP panel" is 2.4.3 (target Feb-22). 2.3.3's target is free text
-- ("1 st" -> "1st"). Owners and lead boards are not published per action.

-- Priority area 1
INSERT INTO action (id, sub_action_id, position, ref, text, target_month, target_text, owner, lead_board_id, measure_refs, evidence) VALUES
  -- 1.1
  (1, 1, 0, '1.1.1', 'Integrate EHCP and SEND into full CYPS framework', '2022-07', '', '', NULL, '1.0', 1),
  (2, 1, 1, '1.1.2', 'Review the Health and CCG framework alongside the CYPS framework to ensure consistency', '2022-07', '', '', NULL, '1.0', 1),
  (3, 1, 2, '1.1.3', 'Establish internal QA processes within the EHCP Team and wider Inclusion Service', '2022-09', '', '', NULL, '1.0', 1),
  (4, 1, 3, '1.1.4', 'Embed ''lessons learned'' including outcomes from audits and Practice Learning Days and benchmarking data to inform service improvement', '2022-12', '', '', NULL, '1.0', 1),
  (5, 1, 4, '1.1.5', 'Facilitate parents, carers, and young people to enable them the opportunity to audit and QA independently', '2022-07', '', '', NULL, '1.0', 1),
  (6, 1, 5, '1.1.6', 'CYPS commissioning responsible for commissioning all external SEND placements (education and care) based on the EHCP', '2022-12', '', '', NULL, '1.0', 1),
  (7, 1, 6, '1.1.7', 'Develop a Communications Strategy to ensure key messages are communicated to stakeholders', '2022-12', '', '', NULL, '1.0', 1),
  (8, 1, 7, '1.1.8', 'Embed a process to track the impact of EHC plans in relation to outcomes e.g., academic achievement, EET, EHCP outcomes achieved', '2022-09', '', '', NULL, '1.0', 1),
  -- 1.2
  (9, 2, 0, '1.2.1', 'Work with training providers to coordinate and deliver a CPD offer', '2023-06', '', '', NULL, '1.1', 1),
  (10, 2, 1, '1.2.2', 'Deliver CPD to Parents and Carers', '2023-06', '', '', NULL, '1.1', 1),
  (11, 2, 2, '1.2.3', 'Deliver CPD to Health/CCG Practitioners', '2023-06', '', '', NULL, '1.1', 1),
  (12, 2, 3, '1.2.4', 'Deliver CPD to Social Care Practitioners', '2023-06', '', '', NULL, '1.1', 1),
  (13, 2, 4, '1.2.5', 'Deliver CPD to Schools and Settings', '2023-06', '', '', NULL, '1.1', 1),
  -- 1.3
  (14, 3, 0, '1.3.1', 'Develop a new agreed EHCP template', '2022-04', '', '', NULL, '1.1', 1),
  (15, 3, 1, '1.3.2', 'All new EHCP Plans to be on the new template', '2023-06', '', '', NULL, '1.1', 1),
  (16, 3, 2, '1.3.3', 'Transfer old EHCP Plans onto electronic template as part of annual review process.', '2023-06', '', '', NULL, '1.1', 1),
  -- 1.4
  (17, 4, 0, '1.4.1', 'Undertake a review of current internal practice and operational processes', '2022-07', '', '', NULL, '1.1, Insight', 1),
  (18, 4, 1, '1.4.2', 'Develop and implement new operating procedures', '2022-10', '', '', NULL, '1.1, Insight', 1),
  (19, 4, 2, '1.4.3', 'Deliver training to the team on the new operating procedures', '2022-12', '', '', NULL, '1.1, Insight', 1),
  -- 1.5
  (20, 5, 0, '1.5.1', 'Develop a management information system to track effectiveness', '2023-01', '', '', NULL, '1.1, Insight', 1),
  (21, 5, 1, '1.5.2', 'Undertake both internal and external benchmarking to measure progress of changes implemented', '2023-06', '', '', NULL, '1.1, Insight', 1),
  (22, 5, 2, '1.5.3', 'Undertake peer review of EHCPs in Borough to measure progress of changes implemented', '2023-06', '', '', NULL, '1.1, Insight', 1),
  -- 1.6
  (23, 6, 0, '1.6.1', 'Undertake an annual review to assess progress against the identified outcomes and impact measures', '2023-06', '', '', NULL, '', 1),
  (24, 6, 1, '1.6.2', 'Undertake ADCS Peer Review', '2023-09', '', '', NULL, '', 1);

-- Priority area 2
INSERT INTO action (id, sub_action_id, position, ref, text, target_month, target_text, owner, lead_board_id, measure_refs, evidence) VALUES
  -- 2.1
  (25, 7, 0, '2.1.1', 'Introduce the Four Cornerstones Approach self-evaluation tool and training opportunities to all schools via the SENDCO network', '2022-04', '', '', NULL, '', 1),
  (26, 7, 1, '2.1.2', 'Extend support to strengthening co-production and inclusive practice by drawing upon the best practice of Charter Gold schools to create a peer support network', '2022-07', '', '', NULL, '', 1),
  (27, 7, 2, '2.1.3', 'Develop a Co-production and Inclusive Practice toolkit which highlights best practice under each of the Cornerstones accessible via the SENDCo electronic resource and the Genuine Partnerships website', '2022-12', '', '', NULL, '', 1),
  -- 2.2
  (28, 8, 0, '2.2.1', 'To audit outreach support and provide recommendations for developments if appropriate for Specialist schools or settings', '2022-07', '', '', NULL, '2.0, 2.1, 2.5, 2.6, 2.7, 2.8, 2.9, 2.10', 1),
  (29, 8, 1, '2.2.2', 'To audit outreach support and provide recommendations for developments if appropriate for RMBC central services', '2022-12', '', '', NULL, '2.0, 2.1, 2.5, 2.6, 2.7, 2.8, 2.9, 2.10', 1),
  (30, 8, 2, '2.2.3', 'To audit outreach support and provide recommendations for developments if appropriate for Health/CCG providers', '2022-07', '', '', NULL, '2.0, 2.1, 2.5, 2.6, 2.7, 2.8, 2.9, 2.10', 1),
  (31, 8, 3, '2.2.4', 'To audit outreach support and provide recommendations for developments if appropriate for Social Care', '2022-07', '', '', NULL, '2.0, 2.1, 2.5, 2.6, 2.7, 2.8, 2.9, 2.10', 1),
  (32, 8, 4, '2.2.5', 'To audit outreach support and provide recommendations for developments if appropriate for other local providers', '2022-09', '', '', NULL, '2.0, 2.1, 2.5, 2.6, 2.7, 2.8, 2.9, 2.10', 1),
  -- 2.3
  (33, 9, 0, '2.3.1', 'Introduce and embed Whole School SEND (NASEN/DfE/Gateway) with a focus on self-evaluation framework, effective use of data and every leader a leader of SEND.', '2023-06', '', '', NULL, '2.6, 2.7, 2.11, 2.12', 1),
  (34, 9, 1, '2.3.2', 'Deliver presentations at Governors meetings', '2022-06', '', '', NULL, '2.6, 2.7, 2.11, 2.12', 1),
  (35, 9, 2, '2.3.3', 'Recognise positive judgements related to SEND in school/setting Ofsted''s and share as examples of good practice.', NULL, 'Ongoing – July for 1st annual report', '', NULL, '2.6, 2.7, 2.11, 2.12', 1),
  -- 2.4
  (36, 10, 0, '2.4.1', 'Develop the Graduated Response electronic portal', '2023-02', '', '', NULL, '2.2', 1),
  (37, 10, 1, '2.4.2', 'Implement networking/communication opportunities including SENCO Padlet', '2022-04', '', '', NULL, '2.2', 1),
  (38, 10, 2, '2.4.3', 'Develop and implement internal mechanisms within Health/CCG and RMBC including membership of the EHCP panel', '2022-02', '', '', NULL, '2.2', 1),
  -- 2.5
  (39, 11, 0, '2.5.1', 'Deliver training on provision mapping and the graduated response', '2022-04', '', '', NULL, '2.2, 2.3, 2.4', 1),
  (40, 11, 1, '2.5.2', 'Deliver training on assess, plan, do review cycle and support plans', '2022-09', '', '', NULL, '2.2, 2.3, 2.4', 1),
  (41, 11, 2, '2.5.3', 'Deliver training on person centred planning', '2022-04', '', '', NULL, '2.2, 2.3, 2.4', 1),
  (42, 11, 3, '2.5.4', 'Deliver training on The Local Offer', '2022-09', '', '', NULL, '2.2, 2.3, 2.4', 1),
  (43, 11, 4, '2.5.5', 'Deliver training on school information reports', '2022-07', '', '', NULL, '2.2, 2.3, 2.4', 1),
  (44, 11, 5, '2.5.6', 'Deliver training on parent/carer and children and young people''s voice and involvement (co-production)', '2022-04', '', '', NULL, '2.2, 2.3, 2.4', 1),
  (45, 11, 6, '2.5.7', 'Deliver accredited training for emotionally literate support assistance (ELSA) and maintain accreditation through supervision', '2023-06', '', '', NULL, '2.2, 2.3, 2.4', 1),
  -- 2.6
  (46, 12, 0, '2.6.1', 'Link to other working groups where appropriate in relation to provision and practice for SEMH', '2023-06', '', '', NULL, '2.8, 2.9, 2.10, 2.11, 2.12', 0),
  (47, 12, 1, '2.6.2', 'Provide mechanisms to gain stakeholder experiences and opinions to identify strengths and weaknesses related to provision meeting need', '2023-06', '', '', NULL, '2.8, 2.9, 2.10, 2.11, 2.12', 0),
  -- 2.7
  (48, 13, 0, '2.7.1', 'Undertake an annual review to assess progress against the identified outcomes and impact measures', '2023-06', '', '', NULL, '', 1);

-- Priority area 3 (placeholders: 13 actions as published, spread 4, 3, 3, 3)
INSERT INTO action (id, sub_action_id, position, ref, text, target_month, target_text, owner, lead_board_id, measure_refs, evidence) VALUES
  (49, 14, 0, '3.1.1', 'Action 3.1.1 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (50, 14, 1, '3.1.2', 'Action 3.1.2 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (51, 14, 2, '3.1.3', 'Action 3.1.3 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (52, 14, 3, '3.1.4', 'Action 3.1.4 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (53, 15, 0, '3.2.1', 'Action 3.2.1 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (54, 15, 1, '3.2.2', 'Action 3.2.2 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (55, 15, 2, '3.2.3', 'Action 3.2.3 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (56, 16, 0, '3.3.1', 'Action 3.3.1 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (57, 16, 1, '3.3.2', 'Action 3.3.2 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (58, 16, 2, '3.3.3', 'Action 3.3.3 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (59, 17, 0, '3.4.1', 'Action 3.4.1 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (60, 17, 1, '3.4.2', 'Action 3.4.2 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (61, 17, 2, '3.4.3', 'Action 3.4.3 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0);

-- Priority area 4 (placeholders: 14 actions as published, spread 3, 3, 2, 2, 2, 2)
INSERT INTO action (id, sub_action_id, position, ref, text, target_month, target_text, owner, lead_board_id, measure_refs, evidence) VALUES
  (62, 18, 0, '4.1.1', 'Action 4.1.1 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (63, 18, 1, '4.1.2', 'Action 4.1.2 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (64, 18, 2, '4.1.3', 'Action 4.1.3 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (65, 19, 0, '4.2.1', 'Action 4.2.1 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (66, 19, 1, '4.2.2', 'Action 4.2.2 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (67, 19, 2, '4.2.3', 'Action 4.2.3 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (68, 20, 0, '4.3.1', 'Action 4.3.1 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (69, 20, 1, '4.3.2', 'Action 4.3.2 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (70, 21, 0, '4.4.1', 'Action 4.4.1 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (71, 21, 1, '4.4.2', 'Action 4.4.2 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (72, 22, 0, '4.5.1', 'Action 4.5.1 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (73, 22, 1, '4.5.2', 'Action 4.5.2 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (74, 23, 0, '4.6.1', 'Action 4.6.1 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0),
  (75, 23, 1, '4.6.2', 'Action 4.6.2 – detail not in the published May 2023 summary', NULL, '', '', NULL, '', 0);


-- ---------------------------------------------------------------------------
-- Ratings, Jan 23 (period 1): ILLUSTRATIVE
-- ---------------------------------------------------------------------------
-- The May 2023 summary does not publish per-action Jan 23 ratings. These are
-- invented to show progress between periods: fewer actions complete, two
-- ambers (1.5.1, 2.2.4), and the June 2023 reviews not yet started.
-- Jan 23 counts (blue/green/amber/red/grey): area 1: 8/13/1/0/2;
-- area 2: 10/11/1/0/2; area 3: 6/7/0/0/0; area 4: 8/6/0/0/0.
-- All commentary is illustrative.

INSERT INTO rating (action_id, period_id, status, commentary) VALUES
  -- Priority area 1
  (1, 1, 'blue', ''),                                   -- 1.1.1
  (2, 1, 'blue', ''),                                   -- 1.1.2
  (3, 1, 'blue', ''),                                   -- 1.1.3
  (4, 1, 'green', ''),                                  -- 1.1.4
  (5, 1, 'blue', ''),                                   -- 1.1.5
  (6, 1, 'green', ''),                                  -- 1.1.6
  (7, 1, 'green', 'Draft communications strategy shared with partners and Rotherham Parent Carers Forum for comment.'), -- 1.1.7
  (8, 1, 'blue', ''),                                   -- 1.1.8
  (9, 1, 'green', ''),                                  -- 1.2.1
  (10, 1, 'green', ''),                                 -- 1.2.2
  (11, 1, 'green', ''),                                 -- 1.2.3
  (12, 1, 'green', ''),                                 -- 1.2.4
  (13, 1, 'green', ''),                                 -- 1.2.5
  (14, 1, 'blue', ''),                                  -- 1.3.1
  (15, 1, 'green', ''),                                 -- 1.3.2
  (16, 1, 'green', 'Older plans move to the new template at their annual review; progress is monitored monthly.'), -- 1.3.3
  (17, 1, 'blue', ''),                                  -- 1.4.1
  (18, 1, 'blue', ''),                                  -- 1.4.2
  (19, 1, 'green', ''),                                 -- 1.4.3
  (20, 1, 'amber', 'The reporting module of the management information system needs further development before it can track effectiveness; completion now expected by March 2023.'), -- 1.5.1
  (21, 1, 'green', ''),                                 -- 1.5.2
  (22, 1, 'green', ''),                                 -- 1.5.3
  (23, 1, 'grey', 'Not due to start: the annual review of progress begins in June 2023.'), -- 1.6.1
  (24, 1, 'grey', 'Not due to start: the ADCS peer review is planned for September 2023.'), -- 1.6.2
  -- Priority area 2
  (25, 1, 'blue', ''),                                  -- 2.1.1
  (26, 1, 'green', ''),                                 -- 2.1.2
  (27, 1, 'green', ''),                                 -- 2.1.3
  (28, 1, 'blue', ''),                                  -- 2.2.1
  (29, 1, 'green', ''),                                 -- 2.2.2
  (30, 1, 'blue', ''),                                  -- 2.2.3
  (31, 1, 'amber', 'The social care audit of outreach support was delayed by staffing changes; findings are now expected by the end of February 2023.'), -- 2.2.4
  (32, 1, 'green', ''),                                 -- 2.2.5
  (33, 1, 'green', ''),                                 -- 2.3.1
  (34, 1, 'blue', ''),                                  -- 2.3.2
  (35, 1, 'green', 'Examples of good practice are being collected from Ofsted reports for the first annual report.'), -- 2.3.3
  (36, 1, 'green', 'Portal content drafted with the SENCO network; launch planned for February 2023.'), -- 2.4.1
  (37, 1, 'blue', ''),                                  -- 2.4.2
  (38, 1, 'blue', ''),                                  -- 2.4.3
  (39, 1, 'blue', ''),                                  -- 2.5.1
  (40, 1, 'green', ''),                                 -- 2.5.2
  (41, 1, 'blue', ''),                                  -- 2.5.3
  (42, 1, 'green', ''),                                 -- 2.5.4
  (43, 1, 'blue', ''),                                  -- 2.5.5
  (44, 1, 'blue', ''),                                  -- 2.5.6
  (45, 1, 'green', ''),                                 -- 2.5.7
  (46, 1, 'green', ''),                                 -- 2.6.1
  (47, 1, 'grey', 'Not yet started: feedback mechanisms to be designed with Rotherham Parent Carers Forum in spring 2023.'), -- 2.6.2
  (48, 1, 'grey', 'Not due to start: the annual review of progress begins in June 2023.'), -- 2.7.1
  -- Priority area 3 (placeholder actions)
  (49, 1, 'blue', ''),                                  -- 3.1.1
  (50, 1, 'blue', ''),                                  -- 3.1.2
  (51, 1, 'blue', ''),                                  -- 3.1.3
  (52, 1, 'blue', ''),                                  -- 3.1.4
  (53, 1, 'blue', ''),                                  -- 3.2.1
  (54, 1, 'blue', ''),                                  -- 3.2.2
  (55, 1, 'green', ''),                                 -- 3.2.3
  (56, 1, 'green', ''),                                 -- 3.3.1
  (57, 1, 'green', ''),                                 -- 3.3.2
  (58, 1, 'green', ''),                                 -- 3.3.3
  (59, 1, 'green', ''),                                 -- 3.4.1
  (60, 1, 'green', ''),                                 -- 3.4.2
  (61, 1, 'green', ''),                                 -- 3.4.3
  -- Priority area 4 (placeholder actions)
  (62, 1, 'blue', ''),                                  -- 4.1.1
  (63, 1, 'blue', ''),                                  -- 4.1.2
  (64, 1, 'blue', ''),                                  -- 4.1.3
  (65, 1, 'blue', ''),                                  -- 4.2.1
  (66, 1, 'blue', ''),                                  -- 4.2.2
  (67, 1, 'blue', ''),                                  -- 4.2.3
  (68, 1, 'blue', ''),                                  -- 4.3.1
  (69, 1, 'blue', ''),                                  -- 4.3.2
  (70, 1, 'green', ''),                                 -- 4.4.1
  (71, 1, 'green', ''),                                 -- 4.4.2
  (72, 1, 'green', ''),                                 -- 4.5.1
  (73, 1, 'green', ''),                                 -- 4.5.2
  (74, 1, 'green', ''),                                 -- 4.6.1
  (75, 1, 'green', '');                                 -- 4.6.2


-- ---------------------------------------------------------------------------
-- Ratings, May 23 (period 2)
-- ---------------------------------------------------------------------------
-- Counts per area reproduce the published quantitative summary exactly:
--   area 1: 16 blue, 5 green, 1 amber, 0 red, 2 grey (24)
--   area 2: 14 blue, 10 green (24)
--   area 3: 10 blue, 3 green (13)
--   area 4: 12 blue, 2 green (14)
--   overall: 52 blue, 20 green, 1 amber, 0 red, 2 grey (75)
-- WHICH action has which colour is NOT published and is illustrative: past
-- (2022) targets are complete, most June 2023 targets on track, the two 1.6
-- reviews (June and September 2023) not due to start, and one amber (1.3.3).
-- All commentary is illustrative.

INSERT INTO rating (action_id, period_id, status, commentary) VALUES
  -- Priority area 1
  (1, 2, 'blue', ''),                                   -- 1.1.1
  (2, 2, 'blue', ''),                                   -- 1.1.2
  (3, 2, 'blue', ''),                                   -- 1.1.3
  (4, 2, 'blue', ''),                                   -- 1.1.4
  (5, 2, 'blue', ''),                                   -- 1.1.5
  (6, 2, 'blue', ''),                                   -- 1.1.6
  (7, 2, 'blue', ''),                                   -- 1.1.7
  (8, 2, 'blue', ''),                                   -- 1.1.8
  (9, 2, 'green', 'CPD offer in place; the remaining sessions are scheduled before June 2023.'), -- 1.2.1
  (10, 2, 'blue', ''),                                  -- 1.2.2
  (11, 2, 'blue', ''),                                  -- 1.2.3
  (12, 2, 'blue', ''),                                  -- 1.2.4
  (13, 2, 'green', ''),                                 -- 1.2.5
  (14, 2, 'blue', ''),                                  -- 1.3.1
  (15, 2, 'green', ''),                                 -- 1.3.2
  (16, 2, 'amber', 'Transfer of older plans depends on the annual review cycle; with a backlog of annual reviews, not all plans will be on the new template by June 2023. Additional capacity agreed through the review reset project.'), -- 1.3.3
  (17, 2, 'blue', ''),                                  -- 1.4.1
  (18, 2, 'blue', ''),                                  -- 1.4.2
  (19, 2, 'blue', ''),                                  -- 1.4.3
  (20, 2, 'blue', ''),                                  -- 1.5.1
  (21, 2, 'green', ''),                                 -- 1.5.2
  (22, 2, 'green', 'Peer review of EHCPs arranged for June 2023.'), -- 1.5.3
  (23, 2, 'grey', 'Not due to start: the annual review of progress begins in June 2023.'), -- 1.6.1
  (24, 2, 'grey', 'Not due to start: the ADCS peer review is planned for September 2023.'), -- 1.6.2
  -- Priority area 2
  (25, 2, 'blue', ''),                                  -- 2.1.1
  (26, 2, 'blue', ''),                                  -- 2.1.2
  (27, 2, 'green', ''),                                 -- 2.1.3
  (28, 2, 'blue', ''),                                  -- 2.2.1
  (29, 2, 'green', ''),                                 -- 2.2.2
  (30, 2, 'blue', ''),                                  -- 2.2.3
  (31, 2, 'blue', ''),                                  -- 2.2.4
  (32, 2, 'blue', ''),                                  -- 2.2.5
  (33, 2, 'green', ''),                                 -- 2.3.1
  (34, 2, 'blue', ''),                                  -- 2.3.2
  (35, 2, 'green', 'Examples of good practice shared through the SENCO network; the first annual report is due in July 2023.'), -- 2.3.3
  (36, 2, 'green', 'Portal launched; further content is being added following feedback from SENCOs.'), -- 2.4.1
  (37, 2, 'blue', ''),                                  -- 2.4.2
  (38, 2, 'blue', ''),                                  -- 2.4.3
  (39, 2, 'blue', ''),                                  -- 2.5.1
  (40, 2, 'green', ''),                                 -- 2.5.2
  (41, 2, 'blue', ''),                                  -- 2.5.3
  (42, 2, 'blue', ''),                                  -- 2.5.4
  (43, 2, 'blue', ''),                                  -- 2.5.5
  (44, 2, 'blue', ''),                                  -- 2.5.6
  (45, 2, 'green', ''),                                 -- 2.5.7
  (46, 2, 'green', ''),                                 -- 2.6.1
  (47, 2, 'green', ''),                                 -- 2.6.2
  (48, 2, 'green', 'Annual review scheduled for June 2023; the subgroups are gathering evidence.'), -- 2.7.1
  -- Priority area 3 (placeholder actions)
  (49, 2, 'blue', ''),                                  -- 3.1.1
  (50, 2, 'blue', ''),                                  -- 3.1.2
  (51, 2, 'blue', ''),                                  -- 3.1.3
  (52, 2, 'blue', ''),                                  -- 3.1.4
  (53, 2, 'blue', ''),                                  -- 3.2.1
  (54, 2, 'blue', ''),                                  -- 3.2.2
  (55, 2, 'blue', ''),                                  -- 3.2.3
  (56, 2, 'blue', ''),                                  -- 3.3.1
  (57, 2, 'blue', ''),                                  -- 3.3.2
  (58, 2, 'green', ''),                                 -- 3.3.3
  (59, 2, 'blue', ''),                                  -- 3.4.1
  (60, 2, 'green', ''),                                 -- 3.4.2
  (61, 2, 'green', ''),                                 -- 3.4.3
  -- Priority area 4 (placeholder actions)
  (62, 2, 'blue', ''),                                  -- 4.1.1
  (63, 2, 'blue', ''),                                  -- 4.1.2
  (64, 2, 'blue', ''),                                  -- 4.1.3
  (65, 2, 'blue', ''),                                  -- 4.2.1
  (66, 2, 'blue', ''),                                  -- 4.2.2
  (67, 2, 'blue', ''),                                  -- 4.2.3
  (68, 2, 'blue', ''),                                  -- 4.3.1
  (69, 2, 'blue', ''),                                  -- 4.3.2
  (70, 2, 'blue', ''),                                  -- 4.4.1
  (71, 2, 'blue', ''),                                  -- 4.4.2
  (72, 2, 'blue', ''),                                  -- 4.5.1
  (73, 2, 'blue', ''),                                  -- 4.5.2
  (74, 2, 'green', ''),                                 -- 4.6.1
  (75, 2, 'green', '');                                 -- 4.6.2



-- ---------------------------------------------------------------------------
-- Performance scorecard
-- ---------------------------------------------------------------------------
-- The WSoA's Section 5 says the scorecard (baselines, tolerances, RAG) was
-- approved by the Performance Board, is updated monthly, and was updated to
-- April 2023; the scorecard itself is an appendix that is not published with
-- the summary. So:
-- * The refs are those the BRAG on a page cites (1.0, 1.1, Insight,
--   2.0 to 2.12), then the strategy's outcome measures (S1.1 to S4.8: outcome
--   number, then the measure's order within the outcome), which the outcome
--   items link to through measure_ref.
-- * Only one definition is published ("the percentage of sections within
--   Education, Health and Care Plans that have been audited as compliant",
--   WSoA Section 1); it is used for 1.0 (see that measure's notes). Every
--   other definition says it is not in the published summary.
-- * Titles of the WSoA measures summarise what the actions citing them work
--   towards; units, polarities, frequencies, baselines, targets, tolerances
--   and monthly values are all illustrative, and each measure's notes say so.
-- * Each value carries the target, tolerance and polarity that applied when
--   it was entered: 1.0's target rose from 80 to 90 in January 2023.

INSERT INTO measure (id, position, ref, title, definition, unit, polarity, frequency, baseline_value, baseline_date, target, tolerance, tolerance_kind, notes) VALUES
  (1, 0, '1.0', 'Sections of EHC plans audited as compliant', 'The percentage of sections within Education, Health and Care Plans that have been audited as compliant (WSoA, Section 1).', 'percent', 'higher', 'monthly', 58, '2022-03', 90, 5, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The published definition is used for 1.0 rather than 1.1: the actions citing 1.0 (1.1.1 to 1.1.8) build the quality assurance and audit framework whose result is audited compliance, while those citing 1.1 are about training, the template and procedures. The target was 80 until December 2022 and 90 from January 2023; earlier values keep the target they were rated against.'),
  (2, 1, '1.1', 'EHC plan practice: template, training and procedures', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'percent', 'higher', 'monthly', 41, '2022-03', 70, 10, 'percent', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them.'),
  (3, 2, 'Insight', 'Insight from audits, benchmarking and peer review', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'number', 'data', 'monthly', 6, '2022-03', NULL, 0, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. Data only: context for the board, not rated.'),
  (4, 3, '2.0', 'Graduated response: needs identified and met at SEN support', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'percent', 'higher', 'monthly', 62, '2022-03', 75, 5, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them.'),
  (5, 4, '2.1', 'Outreach support: average wait for support', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'days', 'lower', 'monthly', 45, '2022-03', 30, 10, 'percent', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them.'),
  (6, 5, '2.2', 'Settings using the graduated response portal', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'percent', 'higher', 'termly', 0, '2022-03', 80, 10, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them.'),
  (7, 6, '2.3', 'Pupils at SEN support, against the expected share', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'percent', 'target', 'termly', 10.9, '2022-03', 12.6, 1, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. Close to target: too few suggests needs missed, too many suggests needs not met at universal level.'),
  (8, 7, '2.4', 'Practitioners rating graduated response training good or better', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'percent', 'higher', 'quarterly', 71, '2022-03', 85, 5, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them.'),
  (9, 8, '2.5', 'Outreach support: referrals answered within 4 weeks', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'percent', 'higher', 'monthly', 64, '2022-03', 85, 10, 'percent', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them.'),
  (10, 9, '2.6', 'Schools with a SEND self-evaluation', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'percent', 'higher', 'quarterly', 22, '2022-03', 60, 15, 'percent', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them.'),
  (11, 10, '2.7', 'Governing boards briefed on SEND', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'number', 'higher', 'quarterly', 0, '2022-03', 40, 5, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them.'),
  (12, 11, '2.8', 'Suspensions of pupils with SEND per 100 pupils', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'number', 'lower', 'termly', 6.1, '2022-03', 4, 10, 'percent', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them.'),
  (13, 12, '2.9', 'Permanent exclusions of pupils with SEND', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'number', 'lower', 'quarterly', 11, '2022-03', 6, 2, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them.'),
  (14, 13, '2.10', 'Attendance of pupils with SEND', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'percent', 'higher', 'monthly', 88.4, '2022-03', 92, 2, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them.'),
  (15, 14, '2.11', 'Pupils with social, emotional and mental health as primary need', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'number', 'data', 'quarterly', 1210, '2022-03', NULL, 0, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. Data only: context for the board, not rated.'),
  (16, 15, '2.12', 'Stakeholders reporting better SEMH provision', 'Not in the published summary: the WSoA''s Section 5 names this reference, and its full definition is in the scorecard appendix, which is not published with the summary.', 'percent', 'higher', 'termly', 48, '2022-03', 70, 10, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them.'),
  (17, 16, 'S1.1', '% of services are delivered in the required time period (18 weeks) (SALT (Speech and Language Therapy), OT (Occupational Therapy), PT(physio Therapists) CDC (Child Development Centre)', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'higher', 'quarterly', 71, '2022-03', 90, 5, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (18, 17, 'S1.2', '% and Care Plans with written advice from a health professional within the 6 week timescale.', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'higher', 'quarterly', 64, '2022-03', 95, 5, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (19, 18, 'S1.3', '% of children receiving the 2 year old health check', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'higher', 'quarterly', 81, '2022-03', 85, 5, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (20, 19, 'S1.4', '% of children and young people assessed in 2 weeks for a wheelchair', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'higher', 'quarterly', 76, '2022-03', 90, 10, 'percent', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (21, 20, 'S2.1', '% increase of young people with SEND who are EET compared to their peer group (i.e. the whole cohort).', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'data', 'quarterly', 78, '2022-03', NULL, 0, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there. Data only: context for the board, not rated.'),
  (22, 21, 'S2.2', 'Number of young adults on ROC supported Internships Scheme who obtain employment', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'number', 'higher', 'annual', 4, '2020-08', 10, 2, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (23, 22, 'S2.3', 'Social care advice received within timescales', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'higher', 'quarterly', 68, '2022-03', 90, 5, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (24, 23, 'S2.4', 'Number of Permanent Exclusions (primary and secondary against nearest neighbours', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'number', 'lower', 'quarterly', 14, '2022-03', 8, 2, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (25, 24, 'S3.1', 'Numbers of schools, services and settings participating in the Rotherham Charter Gold accreditation process', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'number', 'higher', 'quarterly', 9, '2022-03', 30, 5, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (26, 25, 'S3.2', '100% of EHC Plans incorporate the views of children and young people, parents and carers (EHC Audit/POET)', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'higher', 'quarterly', 54, '2022-03', 100, 5, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (27, 26, 'S3.3', 'Numbers of children and young people with SEND attending groups that have a Voice and Influence remit (Genuine Partnerships data).', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'number', 'higher', 'quarterly', 85, '2022-03', 150, 10, 'percent', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (28, 27, 'S3.4', 'Numbers of families accessing Rotherham Parent Carers Forum and strategic meetings attended (RPCF data)', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'number', 'higher', 'quarterly', 340, '2022-03', 600, 10, 'percent', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (29, 28, 'S4.1', '% attendance in line with peers', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'higher', 'termly', 87.9, '2022-03', 92, 2, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (30, 29, 'S4.2', '% children with SEND attainment at all Key Stages', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'higher', 'annual', 17, '2020-08', 25, 3, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (31, 30, 'S4.3', '% of young people with SEND who are EET', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'higher', 'quarterly', 84, '2022-03', 90, 3, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (32, 31, 'S4.4', '% of Audits of EHCP''s that are met or unmet', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'higher', 'quarterly', 58, '2022-03', 90, 5, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (33, 32, 'S4.5', 'Increase in the number of schools who have requested a SEND review as part of the ROSIS offer', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'number', 'higher', 'quarterly', 3, '2022-03', 20, 4, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there.'),
  (34, 33, 'S4.6', '% increase in children with EHCPS', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'data', 'annual', 9.8, '2020-08', NULL, 0, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there. Data only: context for the board, not rated.'),
  (35, 34, 'S4.7', '% increase in SEN', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'percent', 'data', 'annual', 3.1, '2020-08', NULL, 0, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there. Data only: context for the board, not rated.'),
  (36, 35, 'S4.8', 'ratio of children in Special school/ Mainstream provision', 'Not in the published summary: the SEND Strategy names this measure only; how it is calculated is not published.', 'number', 'data', 'annual', 0.42, '2020-08', NULL, 0, 'absolute', 'Values, baseline, target and tolerance are illustrative, not Rotherham''s data: the published summary gives none of them. The strategy''s outcome measure, as worded there. Data only: context for the board, not rated.');

INSERT INTO measure_value (measure_id, month, value, target, tolerance, tolerance_kind, polarity, note) VALUES
  (1, '2022-04', 61.2, 80, 5, 'absolute', 'higher', ''),
  (1, '2022-05', 65.3, 80, 5, 'absolute', 'higher', ''),
  (1, '2022-06', 66.5, 80, 5, 'absolute', 'higher', ''),
  (1, '2022-07', 71.7, 80, 5, 'absolute', 'higher', ''),
  (1, '2022-08', 72.4, 80, 5, 'absolute', 'higher', ''),
  (1, '2022-09', 76.3, 80, 5, 'absolute', 'higher', ''),
  (1, '2022-10', 76.6, 80, 5, 'absolute', 'higher', ''),
  (1, '2022-11', 80.7, 80, 5, 'absolute', 'higher', ''),
  (1, '2022-12', 83.7, 80, 5, 'absolute', 'higher', ''),
  (1, '2023-01', 83.6, 90, 5, 'absolute', 'higher', ''),
  (1, '2023-02', 86.5, 90, 5, 'absolute', 'higher', ''),
  (1, '2023-03', 86.3, 90, 5, 'absolute', 'higher', ''),
  (1, '2023-04', 88, 90, 5, 'absolute', 'higher', ''),
  (2, '2022-04', 44.6, 70, 10, 'percent', 'higher', ''),
  (2, '2022-05', 45.6, 70, 10, 'percent', 'higher', ''),
  (2, '2022-06', 50, 70, 10, 'percent', 'higher', ''),
  (2, '2022-07', 50.8, 70, 10, 'percent', 'higher', ''),
  (2, '2022-08', 54.1, 70, 10, 'percent', 'higher', ''),
  (2, '2022-09', 54.4, 70, 10, 'percent', 'higher', ''),
  (2, '2022-10', 58, 70, 10, 'percent', 'higher', ''),
  (2, '2022-11', 60.6, 70, 10, 'percent', 'higher', ''),
  (2, '2022-12', 60.7, 70, 10, 'percent', 'higher', ''),
  (2, '2023-01', 63.4, 70, 10, 'percent', 'higher', ''),
  (2, '2023-02', 63.4, 70, 10, 'percent', 'higher', ''),
  (2, '2023-03', 65.6, 70, 10, 'percent', 'higher', ''),
  (2, '2023-04', 66, 70, 10, 'percent', 'higher', ''),
  (3, '2022-04', 7, NULL, 0, 'absolute', 'data', ''),
  (3, '2022-05', 10, NULL, 0, 'absolute', 'data', ''),
  (3, '2022-06', 10, NULL, 0, 'absolute', 'data', ''),
  (3, '2022-07', 12, NULL, 0, 'absolute', 'data', ''),
  (3, '2022-08', 13, NULL, 0, 'absolute', 'data', ''),
  (3, '2022-09', 15, NULL, 0, 'absolute', 'data', ''),
  (3, '2022-10', 17, NULL, 0, 'absolute', 'data', ''),
  (3, '2022-11', 17, NULL, 0, 'absolute', 'data', ''),
  (3, '2022-12', 18, NULL, 0, 'absolute', 'data', ''),
  (3, '2023-01', 19, NULL, 0, 'absolute', 'data', ''),
  (3, '2023-02', 20, NULL, 0, 'absolute', 'data', ''),
  (3, '2023-03', 21, NULL, 0, 'absolute', 'data', ''),
  (3, '2023-04', 21, NULL, 0, 'absolute', 'data', ''),
  (4, '2022-04', 63.8, 75, 5, 'absolute', 'higher', ''),
  (4, '2022-05', 64.2, 75, 5, 'absolute', 'higher', ''),
  (4, '2022-06', 65.7, 75, 5, 'absolute', 'higher', ''),
  (4, '2022-07', 66, 75, 5, 'absolute', 'higher', ''),
  (4, '2022-08', 67.6, 75, 5, 'absolute', 'higher', ''),
  (4, '2022-09', 68.9, 75, 5, 'absolute', 'higher', ''),
  (4, '2022-10', 69.1, 75, 5, 'absolute', 'higher', ''),
  (4, '2022-11', 70.4, 75, 5, 'absolute', 'higher', ''),
  (4, '2022-12', 70.6, 75, 5, 'absolute', 'higher', ''),
  (4, '2023-01', 71.7, 75, 5, 'absolute', 'higher', ''),
  (4, '2023-02', 72.2, 75, 5, 'absolute', 'higher', ''),
  (4, '2023-03', 73.1, 75, 5, 'absolute', 'higher', ''),
  (4, '2023-04', 73, 75, 5, 'absolute', 'higher', ''),
  (5, '2022-04', 43.2, 30, 10, 'percent', 'lower', ''),
  (5, '2022-05', 42.3, 30, 10, 'percent', 'lower', ''),
  (5, '2022-06', 39.8, 30, 10, 'percent', 'lower', ''),
  (5, '2022-07', 39.2, 30, 10, 'percent', 'lower', ''),
  (5, '2022-09', 38.3, 30, 10, 'percent', 'lower', ''),
  (5, '2022-10', 36.1, 30, 10, 'percent', 'lower', ''),
  (5, '2022-11', 35.4, 30, 10, 'percent', 'lower', ''),
  (5, '2022-12', 33.6, 30, 10, 'percent', 'lower', ''),
  (5, '2023-01', 33.2, 30, 10, 'percent', 'lower', ''),
  (5, '2023-02', 32.1, 30, 10, 'percent', 'lower', ''),
  (5, '2023-03', 31.9, 30, 10, 'percent', 'lower', ''),
  (5, '2023-04', 31, 30, 10, 'percent', 'lower', ''),
  (6, '2022-07', 32.9, 80, 10, 'absolute', 'higher', ''),
  (6, '2022-12', 52.8, 80, 10, 'absolute', 'higher', ''),
  (6, '2023-04', 71, 80, 10, 'absolute', 'higher', ''),
  (7, '2022-07', 11.4, 12.6, 1, 'absolute', 'target', ''),
  (7, '2022-12', 11.9, 12.6, 1, 'absolute', 'target', ''),
  (7, '2023-04', 12.1, 12.6, 1, 'absolute', 'target', ''),
  (8, '2022-06', 76.2, 85, 5, 'absolute', 'higher', ''),
  (8, '2022-09', 81, 85, 5, 'absolute', 'higher', ''),
  (8, '2022-12', 83.6, 85, 5, 'absolute', 'higher', ''),
  (8, '2023-03', 86, 85, 5, 'absolute', 'higher', ''),
  (9, '2022-04', 66.9, 85, 10, 'percent', 'higher', ''),
  (9, '2022-05', 67.6, 85, 10, 'percent', 'higher', ''),
  (9, '2022-06', 70.3, 85, 10, 'percent', 'higher', ''),
  (9, '2022-07', 71.1, 85, 10, 'percent', 'higher', ''),
  (9, '2022-08', 73.6, 85, 10, 'percent', 'higher', ''),
  (9, '2022-09', 75, 85, 10, 'percent', 'higher', ''),
  (9, '2022-10', 77.2, 85, 10, 'percent', 'higher', ''),
  (9, '2022-11', 77.6, 85, 10, 'percent', 'higher', ''),
  (9, '2022-12', 80.4, 85, 10, 'percent', 'higher', ''),
  (9, '2023-01', 80.3, 85, 10, 'percent', 'higher', ''),
  (9, '2023-02', 82.2, 85, 10, 'percent', 'higher', ''),
  (9, '2023-03', 81.7, 85, 10, 'percent', 'higher', ''),
  (9, '2023-04', 83, 85, 10, 'percent', 'higher', ''),
  (10, '2022-06', 29.8, 60, 15, 'percent', 'higher', ''),
  (10, '2022-09', 38.1, 60, 15, 'percent', 'higher', ''),
  (10, '2022-12', 42.7, 60, 15, 'percent', 'higher', ''),
  (10, '2023-03', 47, 60, 15, 'percent', 'higher', ''),
  (11, '2022-06', 13, 40, 5, 'absolute', 'higher', ''),
  (11, '2022-09', 22, 40, 5, 'absolute', 'higher', ''),
  (11, '2022-12', 32, 40, 5, 'absolute', 'higher', ''),
  (11, '2023-03', 37, 40, 5, 'absolute', 'higher', ''),
  (12, '2022-07', 5.5, 4, 10, 'percent', 'lower', ''),
  (12, '2022-12', 5.2, 4, 10, 'percent', 'lower', ''),
  (12, '2023-04', 4.9, 4, 10, 'percent', 'lower', ''),
  (13, '2022-06', 10, 6, 2, 'absolute', 'lower', ''),
  (13, '2022-09', 9, 6, 2, 'absolute', 'lower', ''),
  (13, '2022-12', 8, 6, 2, 'absolute', 'lower', ''),
  (13, '2023-03', 7, 6, 2, 'absolute', 'lower', ''),
  (14, '2022-04', 88.6, 92, 2, 'absolute', 'higher', ''),
  (14, '2022-05', 88.9, 92, 2, 'absolute', 'higher', ''),
  (14, '2022-06', 89, 92, 2, 'absolute', 'higher', ''),
  (14, '2022-07', 89.4, 92, 2, 'absolute', 'higher', ''),
  (14, '2022-08', 89.5, 92, 2, 'absolute', 'higher', ''),
  (14, '2022-09', 89.7, 92, 2, 'absolute', 'higher', ''),
  (14, '2022-10', 89.8, 92, 2, 'absolute', 'higher', ''),
  (14, '2022-11', 90.1, 92, 2, 'absolute', 'higher', ''),
  (14, '2022-12', 90.3, 92, 2, 'absolute', 'higher', ''),
  (14, '2023-01', 90.3, 92, 2, 'absolute', 'higher', ''),
  (14, '2023-02', 90.5, 92, 2, 'absolute', 'higher', ''),
  (14, '2023-03', 90.5, 92, 2, 'absolute', 'higher', ''),
  (14, '2023-04', 90.6, 92, 2, 'absolute', 'higher', ''),
  (15, '2022-06', 1252, NULL, 0, 'absolute', 'data', ''),
  (15, '2022-09', 1278, NULL, 0, 'absolute', 'data', ''),
  (15, '2022-12', 1314, NULL, 0, 'absolute', 'data', ''),
  (15, '2023-03', 1324, NULL, 0, 'absolute', 'data', ''),
  (16, '2022-07', 51.3, 70, 10, 'absolute', 'higher', ''),
  (16, '2022-12', 54.7, 70, 10, 'absolute', 'higher', ''),
  (16, '2023-04', 56, 70, 10, 'absolute', 'higher', ''),
  (17, '2022-06', 75.6, 90, 5, 'absolute', 'higher', ''),
  (17, '2022-09', 78.3, 90, 5, 'absolute', 'higher', ''),
  (17, '2022-12', 81.6, 90, 5, 'absolute', 'higher', ''),
  (17, '2023-03', 83, 90, 5, 'absolute', 'higher', ''),
  (18, '2022-06', 68.5, 95, 5, 'absolute', 'higher', ''),
  (18, '2022-09', 73.1, 95, 5, 'absolute', 'higher', ''),
  (18, '2022-12', 75.4, 95, 5, 'absolute', 'higher', ''),
  (18, '2023-03', 78, 95, 5, 'absolute', 'higher', ''),
  (19, '2022-06', 82.8, 85, 5, 'absolute', 'higher', ''),
  (19, '2022-09', 83.9, 85, 5, 'absolute', 'higher', ''),
  (19, '2022-12', 85.4, 85, 5, 'absolute', 'higher', ''),
  (19, '2023-03', 86, 85, 5, 'absolute', 'higher', ''),
  (20, '2022-06', 78.3, 90, 10, 'percent', 'higher', ''),
  (20, '2022-09', 81.1, 90, 10, 'percent', 'higher', ''),
  (20, '2022-12', 83.2, 90, 10, 'percent', 'higher', ''),
  (20, '2023-03', 84, 90, 10, 'percent', 'higher', ''),
  (21, '2022-06', 80.1, NULL, 0, 'absolute', 'data', ''),
  (21, '2022-09', 82, NULL, 0, 'absolute', 'data', ''),
  (21, '2022-12', 83, NULL, 0, 'absolute', 'data', ''),
  (21, '2023-03', 84, NULL, 0, 'absolute', 'data', ''),
  (22, '2021-08', 6, 10, 2, 'absolute', 'higher', ''),
  (22, '2022-08', 9, 10, 2, 'absolute', 'higher', ''),
  (23, '2022-06', 71.4, 90, 5, 'absolute', 'higher', ''),
  (23, '2022-09', 75.1, 90, 5, 'absolute', 'higher', ''),
  (23, '2022-12', 77.1, 90, 5, 'absolute', 'higher', ''),
  (23, '2023-03', 79, 90, 5, 'absolute', 'higher', ''),
  (24, '2022-06', 13, 8, 2, 'absolute', 'lower', ''),
  (24, '2022-09', 11, 8, 2, 'absolute', 'lower', ''),
  (24, '2022-12', 11, 8, 2, 'absolute', 'lower', ''),
  (24, '2023-03', 10, 8, 2, 'absolute', 'lower', ''),
  (25, '2022-06', 14, 30, 5, 'absolute', 'higher', ''),
  (25, '2022-09', 20, 30, 5, 'absolute', 'higher', ''),
  (25, '2022-12', 24, 30, 5, 'absolute', 'higher', ''),
  (25, '2023-03', 26, 30, 5, 'absolute', 'higher', ''),
  (26, '2022-06', 66.7, 100, 5, 'absolute', 'higher', ''),
  (26, '2022-09', 77, 100, 5, 'absolute', 'higher', ''),
  (26, '2022-12', 87, 100, 5, 'absolute', 'higher', ''),
  (26, '2023-03', 91, 100, 5, 'absolute', 'higher', ''),
  (27, '2022-06', 104, 150, 10, 'percent', 'higher', ''),
  (27, '2022-09', 122, 150, 10, 'percent', 'higher', ''),
  (27, '2022-12', 132, 150, 10, 'percent', 'higher', ''),
  (27, '2023-03', 142, 150, 10, 'percent', 'higher', ''),
  (28, '2022-06', 403, 600, 10, 'percent', 'higher', ''),
  (28, '2022-09', 443, 600, 10, 'percent', 'higher', ''),
  (28, '2022-12', 497, 600, 10, 'percent', 'higher', ''),
  (28, '2023-03', 512, 600, 10, 'percent', 'higher', ''),
  (29, '2022-07', 88.7, 92, 2, 'absolute', 'higher', ''),
  (29, '2022-12', 89.5, 92, 2, 'absolute', 'higher', ''),
  (29, '2023-04', 89.8, 92, 2, 'absolute', 'higher', ''),
  (30, '2021-08', 19, 25, 3, 'absolute', 'higher', ''),
  (30, '2022-08', 21, 25, 3, 'absolute', 'higher', ''),
  (31, '2022-06', 85.3, 90, 3, 'absolute', 'higher', ''),
  (31, '2022-09', 86.6, 90, 3, 'absolute', 'higher', ''),
  (31, '2022-12', 87.3, 90, 3, 'absolute', 'higher', ''),
  (31, '2023-03', 88, 90, 3, 'absolute', 'higher', ''),
  (32, '2022-06', 68.5, 90, 5, 'absolute', 'higher', ''),
  (32, '2022-09', 74.8, 90, 5, 'absolute', 'higher', ''),
  (32, '2022-12', 83.4, 90, 5, 'absolute', 'higher', ''),
  (32, '2023-03', 87, 90, 5, 'absolute', 'higher', ''),
  (33, '2022-06', 7, 20, 4, 'absolute', 'higher', ''),
  (33, '2022-09', 12, 20, 4, 'absolute', 'higher', ''),
  (33, '2022-12', 16, 20, 4, 'absolute', 'higher', ''),
  (33, '2023-03', 17, 20, 4, 'absolute', 'higher', ''),
  (34, '2021-08', 10.5, NULL, 0, 'absolute', 'data', ''),
  (34, '2022-08', 11.2, NULL, 0, 'absolute', 'data', ''),
  (35, '2021-08', 3.8, NULL, 0, 'absolute', 'data', ''),
  (35, '2022-08', 4.4, NULL, 0, 'absolute', 'data', ''),
  (36, '2021-08', 0.43, NULL, 0, 'absolute', 'data', ''),
  (36, '2022-08', 0.45, NULL, 0, 'absolute', 'data', '');
