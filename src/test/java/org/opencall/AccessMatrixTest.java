package org.opencall;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.opencall.calls.CallDrafting;
import org.opencall.cocreation.ContractedGrants;
import org.opencall.contracting.GrantTerms;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallView;
import org.opencall.evaluation.CallInvitationInput;
import org.opencall.evaluation.CallInvitations;
import org.opencall.evaluation.ExpertRegistration;
import org.opencall.evaluation.ExpertRegistrationInput;
import org.opencall.needs.ChallengeBuilding;
import org.opencall.needs.NeedBacklog;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedSubmission;
import org.opencall.needs.NeedTriage;
import org.opencall.needs.TriageInput;
import org.opencall.needs.UploadedFile;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.ProposalSubmitting;
import org.opencall.submissions.SubmissionFixtures;
import org.opencall.submissions.SubmissionQueries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets what: every endpoint of Opencall — its pages, its JSON API, the engine REST
 * API and the Camunda webapps — against every role, with the answer each role gets. The
 * table is the access rules of the README's "Pages and APIs" and "Security" sections,
 * cell by cell; each cell runs as its own test, named after the row and the role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends ApiTest {

	/*
	 * New endpoints join the table when they are added.
	 *
	 * Rows: how the endpoint is reached (page: a session of the login page, with its CSRF
	 * token; api and engine: HTTP Basic; webapp: the session, with the webapps' own XSRF
	 * token), the method, the path and the body sent (named in BODIES). Writes send a
	 * body that is refused, or act on something whose state refuses them, so that the
	 * table changes nothing whoever may act: an authorised caller gets REFUSED, anybody
	 * else what keeps them out.
	 *
	 * Columns: anonymous; alice, applicant of MedSense, whose proposals these are; bob,
	 * applicant of CareFlow; nora, need owner of the hospital whose needs these are; eva,
	 * evaluator; otto, officer of the mirror programme only; oscar, officer of the
	 * founding programme of every call here, which olivia prepared (so that he may review
	 * them); peter, project officer of the founding programme (a member of its group, so
	 * that its tasks reach him; the calls' own rules refuse him their decisions); aude,
	 * auditor; admin, administrator of the installation and of no programme.
	 *
	 * The webapps are reached at /camunda/app/{app}/default/, where /camunda/app/{app}/
	 * leads.
	 *
	 * Answers: OK (2xx, or a redirect elsewhere than to the login), LOGIN (401, or a
	 * redirect to the login), DENIED (403), HIDDEN (404: it does not exist for this
	 * caller), REFUSED (400, 409 or 422: the caller may act, but not with this body or in
	 * this state).
	 *
	 * Targets: {open} a published, open call of the founding programme; {proposal}
	 * alice's submitted proposal to it and {document} one of its documents;
	 * {proposalDraft} a draft of alice's never submitted; {withdrawn} a proposal of
	 * alice's she withdrew; {draft} a call draft and {awaiting} a call waiting for
	 * approval, both founding, both olivia's; {task} the review task of {awaiting} and
	 * {instance} its process instance; {need} nora's need waiting for triage and
	 * {attachment} its PDF; {challenge} a founding challenge built from another of nora's
	 * needs; {pendingExpert} an expert awaiting approval and {evaInvitation} eva's open
	 * invitation to {draft}; {me} the caller; {nobody} a user who does not exist;
	 * {awaiting-tasks} and {since} query the tasks of {awaiting} and the metrics since
	 * 2020; {pilot} a grant of alice's MedSense signed through contracting, hosted by
	 * nora's hospital in the founding programme, prepared by peter, waiting for its
	 * kick-off, and {pilotCall} its call.
	 */
	private static final String TABLE = """
			via    method path                                                                      body               anon    alice   bob     nora    eva     otto    oscar   peter   aude    admin

			# public pages and registering
			page   GET    /                                                                         -                  OK      OK      OK      OK      OK      OK      OK      OK      OK      OK
			page   GET    /login                                                                    -                  OK      OK      OK      OK      OK      OK      OK      OK      OK      OK
			page   GET    /register                                                                 -                  OK      OK      OK      OK      OK      OK      OK      OK      OK      OK
			page   POST   /register                                                                 registration-blank REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED DENIED  REFUSED
			api    POST   /api/registrations                                                        registration-blank REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED DENIED  REFUSED
			page   GET    /calls                                                                    -                  OK      OK      OK      OK      OK      OK      OK      OK      OK      OK
			page   GET    /calls/{open}                                                             -                  OK      OK      OK      OK      OK      OK      OK      OK      OK      OK
			page   GET    /calls/{draft}                                                            -                  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN
			page   POST   /calls/{open}/follow                                                      follow-maybe       LOGIN   REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED DENIED  REFUSED
			api    GET    /api/calls                                                                -                  OK      OK      OK      OK      OK      OK      OK      OK      OK      OK
			api    GET    /api/calls/{open}                                                         -                  OK      OK      OK      OK      OK      OK      OK      OK      OK      OK
			api    GET    /api/calls/{draft}                                                        -                  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  OK      HIDDEN  OK      HIDDEN
			api    PUT    /api/calls/{draft}/followers                                              -                  LOGIN   HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  DENIED  HIDDEN
			api    DELETE /api/calls/{open}/followers                                               -                  LOGIN   OK      OK      OK      OK      OK      OK      OK      DENIED  OK

			# organisations: their members
			page   GET    /organisation                                                             -                  LOGIN   OK      OK      OK      DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /organisation/invitations                                                 invite-bad         LOGIN   REFUSED REFUSED REFUSED DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    GET    /api/organisations/mine                                                   -                  LOGIN   OK      OK      OK      DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/organisations/mine/invitations                                       invite-bad         LOGIN   REFUSED REFUSED REFUSED DENIED  DENIED  DENIED  DENIED  DENIED  DENIED

			# needs: their owners' organisation
			page   GET    /needs                                                                    -                  LOGIN   DENIED  DENIED  OK      DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   GET    /needs/new                                                                -                  LOGIN   DENIED  DENIED  OK      DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /needs/new                                                                need-blank         LOGIN   DENIED  DENIED  REFUSED DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   GET    /needs/{need}                                                             -                  LOGIN   DENIED  DENIED  OK      DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   GET    /needs/{need}/edit                                                        -                  LOGIN   DENIED  DENIED  OK      DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /needs/{need}/edit                                                        need-blank         LOGIN   DENIED  DENIED  REFUSED DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /needs/{need}/clarification                                               answer             LOGIN   DENIED  DENIED  REFUSED DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/needs                                                                need-blank         LOGIN   DENIED  DENIED  REFUSED DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/needs                                                                need-parts-blank   LOGIN   DENIED  DENIED  REFUSED DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    GET    /api/needs/mine                                                           -                  LOGIN   DENIED  DENIED  OK      DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    GET    /api/needs/{need}                                                         -                  LOGIN   HIDDEN  HIDDEN  OK      HIDDEN  OK      OK      HIDDEN  OK      HIDDEN
			api    PUT    /api/needs/{need}                                                         need-blank         LOGIN   HIDDEN  HIDDEN  REFUSED HIDDEN  HIDDEN  HIDDEN  HIDDEN  DENIED  HIDDEN
			api    POST   /api/needs/{need}/attachments                                             not-a-pdf          LOGIN   HIDDEN  HIDDEN  REFUSED HIDDEN  HIDDEN  HIDDEN  HIDDEN  DENIED  HIDDEN
			api    GET    /api/needs/{need}/attachments/{attachment}                                -                  LOGIN   HIDDEN  HIDDEN  OK      HIDDEN  OK      OK      HIDDEN  OK      HIDDEN
			api    POST   /api/needs/{need}/clarification                                           answer             LOGIN   HIDDEN  HIDDEN  REFUSED HIDDEN  HIDDEN  HIDDEN  HIDDEN  DENIED  HIDDEN

			# needs: the programme officers' shared backlog; auditors read it
			page   GET    /officer/needs                                                            -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			page   GET    /officer/needs/{need}                                                     -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			page   POST   /officer/needs/{need}/triage                                              triage-bad         LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED  DENIED
			api    GET    /api/needs                                                                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			api    POST   /api/needs/{need}/triage                                                  triage-bad         LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED  DENIED

			# challenges: the officers of their programme; auditors read them
			page   GET    /officer/challenges                                                       -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			page   POST   /officer/challenges                                                       challenge-blank    LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED  DENIED
			page   GET    /officer/challenges/{challenge}                                           -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   POST   /officer/challenges/{challenge}/attachment                                attach-to-open     LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			api    GET    /api/challenges                                                           -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			api    POST   /api/challenges                                                           challenge-blank    LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED  DENIED
			api    GET    /api/challenges/{challenge}                                               -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    POST   /api/challenges/{challenge}/attachment                                    attach-to-open     LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED

			# calls: the officers of their programme (four eyes); auditors read them
			page   GET    /officer/calls                                                            -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			page   GET    /officer/calls/new                                                        -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  DENIED  DENIED
			page   POST   /officer/calls/new                                                        call-blank         LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED  DENIED
			page   GET    /officer/calls/{draft}                                                    -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /officer/calls/{draft}/edit                                               -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  DENIED  DENIED
			page   POST   /officer/calls/{draft}/edit                                               call-blank         LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			page   POST   /officer/calls/{open}/submission                                          -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			page   POST   /officer/calls/{awaiting}/review                                          review-no-comment  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			api    POST   /api/calls                                                                call-blank         LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED  DENIED
			api    PUT    /api/calls/{draft}                                                        call-blank         LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			api    POST   /api/calls/{open}/submission                                              -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			api    POST   /api/calls/{awaiting}/review                                              review-no-comment  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED

			# evaluation: the assignment of experts and the dashboard are the officers' of the call's programme;
			# auditors read them; {open} does not wait for its assignment, so acting on it is refused
			page   GET    /officer/calls/{open}/assignment                                          -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   POST   /officer/calls/{open}/assignment                                          -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			page   POST   /officer/calls/{open}/assignment/swaps                                    swap-blank         LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			page   POST   /officer/calls/{open}/assignment/confirmation                             -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			page   GET    /officer/calls/{open}/evaluation                                          -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/calls/{open}/assignment                                              -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED
			api    POST   /api/calls/{open}/assignment                                              -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			api    POST   /api/calls/{open}/assignment/swaps                                        swap-blank         LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			api    POST   /api/calls/{open}/assignment/confirmation                                 -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			api    GET    /api/calls/{open}/evaluation                                              -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   POST   /officer/calls/{open}/evaluation/rapporteurs                              rapporteur-of-none LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			api    POST   /api/calls/{open}/evaluation/rapporteurs                                  rapporteur-of-none LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			# selection: the ranking and the four-eyes funding decision are the officers' of the call's programme; auditors read them; {open} has no selection yet
			page   GET    /officer/calls/{open}/selection                                           -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED
			page   POST   /officer/calls/{open}/selection/score-adjustments                         adjust-blank       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			page   POST   /officer/calls/{open}/selection/order-adjustments                         adjust-blank       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			page   POST   /officer/calls/{open}/selection/proposal                                  -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			page   POST   /officer/calls/{open}/selection/review                                    decision-bad       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			api    GET    /api/calls/{open}/selection                                               -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED
			api    POST   /api/calls/{open}/selection/score-adjustments                             adjust-blank       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			api    POST   /api/calls/{open}/selection/order-adjustments                             adjust-blank       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			api    POST   /api/calls/{open}/selection/proposal                                      -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			api    POST   /api/calls/{open}/selection/review                                        decision-bad       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			# results and redress: the proposal's applicants, its call's officers and auditors read them once decided; {proposal} has no result yet (so no result page either)
			page   GET    /submissions/{proposal}/result                                            -                  LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   GET    /submissions/{proposal}/evaluation-summary.pdf                            -                  LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /submissions/{proposal}/result/redress                                    redress-blank      LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    GET    /api/submissions/{proposal}/result                                        -                  LOGIN   HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN
			api    GET    /api/submissions/{proposal}/evaluation-summary.pdf                        -                  LOGIN   HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN
			api    GET    /api/submissions/{proposal}/redress                                       -                  LOGIN   HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN
			api    POST   /api/submissions/{proposal}/redress                                       redress-blank      LOGIN   REFUSED HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/submissions/{proposal}/redress/review                                decision-bad       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			# grants: a company's staff read theirs and answer offers, the programme's officers prepare and approve (four eyes), auditors read all; {grant} is nobody's grant
			page   GET    /grants                                                                   -                  LOGIN   OK      OK      DENIED  DENIED  OK      OK      OK      OK      DENIED
			page   GET    /grants/{grant}                                                           -                  LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  HIDDEN  DENIED
			page   GET    /grants/{grant}/agreement                                                 -                  LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  HIDDEN  DENIED
			page   GET    /grants/{grant}/agreement.pdf                                             -                  LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  HIDDEN  DENIED
			page   GET    /grants/{grant}/amendment                                                 -                  LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  HIDDEN  DENIED
			page   POST   /grants/{grant}/agreement                                                 grant-draft-blank  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  DENIED  DENIED
			page   POST   /grants/{grant}/preparation                                               -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  DENIED  DENIED
			page   POST   /grants/{grant}/approval                                                  decision-bad       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  DENIED  DENIED
			page   POST   /grants/{grant}/amendments/1/approval                                     -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  DENIED  DENIED
			page   POST   /grants/{grant}/amendments/1/refusal                                      reject-blank       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  DENIED  DENIED
			page   POST   /grants/{grant}/acceptance                                                -                  LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /grants/{grant}/decline                                                   reject-blank       LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /grants/{grant}/amendment                                                 grant-draft-blank  LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    GET    /api/grants                                                               -                  LOGIN   OK      OK      DENIED  DENIED  OK      OK      OK      OK      DENIED
			api    GET    /api/grants/{grant}                                                       -                  LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  HIDDEN  DENIED
			api    GET    /api/grants/{grant}/agreement.pdf                                         -                  LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  HIDDEN  DENIED
			api    PUT    /api/grants/{grant}/agreement                                             grant-draft-blank  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  DENIED  DENIED
			api    POST   /api/grants/{grant}/preparation                                           -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  DENIED  DENIED
			api    POST   /api/grants/{grant}/approval                                              decision-bad       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  DENIED  DENIED
			api    POST   /api/grants/{grant}/amendments/1/approval                                 -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  DENIED  DENIED
			api    POST   /api/grants/{grant}/amendments/1/refusal                                  reject-blank       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  HIDDEN  DENIED  DENIED
			api    POST   /api/grants/{grant}/acceptance                                            declarations-none  LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/grants/{grant}/decline                                               reject-blank       LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/grants/{grant}/amendments                                            amendment-blank    LOGIN   HIDDEN  HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			# a proposal under evaluation: its experts without conflict, its officers, auditors; {proposal} is not evaluated yet
			page   GET    /evaluations/{proposal}                                                   -                  LOGIN   HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN
			page   GET    /evaluations/{proposal}/documents/{document}                              -                  LOGIN   HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN

			# proposals: their company's
			page   GET    /submissions                                                              -                  LOGIN   OK      OK      DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   GET    /submissions/new?call={open}                                              -                  LOGIN   OK      OK      DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /submissions/new?call={open}                                              proposal-bad-trl   LOGIN   REFUSED REFUSED DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   GET    /submissions/{proposal}                                                   -                  LOGIN   OK      HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /submissions/{proposal}                                                   proposal-bad-trl   LOGIN   REFUSED HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /submissions/{proposal}/draft                                             proposal-bad-trl   LOGIN   REFUSED HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /submissions/{proposal}/documents                                         upload-bad-type    LOGIN   REFUSED HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /submissions/{proposal}/submission                                        blank-key          LOGIN   REFUSED HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /submissions/{withdrawn}/withdrawal                                       -                  LOGIN   REFUSED HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   GET    /submissions/{proposal}/documents/{document}                              -                  LOGIN   OK      HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/submissions                                                          proposal-bad-trl   LOGIN   REFUSED REFUSED DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    GET    /api/submissions/mine                                                     -                  LOGIN   OK      OK      DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    GET    /api/submissions/{proposalDraft}                                          -                  LOGIN   OK      HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN
			api    PUT    /api/submissions/{proposal}                                               proposal-bad-trl   LOGIN   REFUSED HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/submissions/{proposal}/documents                                     upload-bad-type    LOGIN   REFUSED HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/submissions/{proposal}/submission                                    blank-key-header   LOGIN   REFUSED HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/submissions/{withdrawn}/withdrawal                                   -                  LOGIN   REFUSED HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED

			# proposals once submitted: the officers of the call's programme; auditors read them
			page   GET    /officer/submissions?call={open}                                          -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /officer/submissions/{proposal}                                           -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /officer/submissions/{proposalDraft}                                      -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED
			page   POST   /officer/submissions/{proposal}/eligibility                               eligible           LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			api    GET    /api/submissions?call={open}                                              -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  OK      DENIED  OK      DENIED
			api    GET    /api/submissions/{proposal}                                               -                  LOGIN   OK      HIDDEN  HIDDEN  HIDDEN  HIDDEN  OK      HIDDEN  OK      HIDDEN
			api    GET    /api/submissions/{proposal}/documents/{document}                          -                  LOGIN   OK      HIDDEN  HIDDEN  HIDDEN  HIDDEN  OK      HIDDEN  OK      HIDDEN
			api    POST   /api/submissions/{proposal}/eligibility                                   eligible           LOGIN   DENIED  HIDDEN  HIDDEN  HIDDEN  HIDDEN  REFUSED HIDDEN  DENIED  HIDDEN

			# the expert pool: registering is public; each expert their own profile and invitations; officers of any programme run the pool, auditors read it
			page   GET    /experts/register                                                         -                  OK      OK      OK      OK      OK      OK      OK      OK      OK      OK
			page   POST   /experts/register                                                         expert-blank       REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED DENIED  REFUSED
			api    POST   /api/experts                                                              expert-blank       REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED DENIED  REFUSED
			page   GET    /experts/me                                                               -                  LOGIN   DENIED  DENIED  DENIED  OK      DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /experts/me                                                               expert-profile-bad LOGIN   DENIED  DENIED  DENIED  REFUSED DENIED  DENIED  DENIED  DENIED  DENIED
			api    GET    /api/experts/me                                                           -                  LOGIN   DENIED  DENIED  DENIED  OK      DENIED  DENIED  DENIED  DENIED  DENIED
			api    PUT    /api/experts/me                                                           expert-profile-bad LOGIN   DENIED  DENIED  DENIED  REFUSED DENIED  DENIED  DENIED  DENIED  DENIED
			api    GET    /api/experts/me/invitations                                               -                  LOGIN   DENIED  DENIED  DENIED  OK      DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/experts/me/invitations/{evaInvitation}/answer                        answer-bad         LOGIN   DENIED  DENIED  DENIED  REFUSED DENIED  DENIED  DENIED  DENIED  DENIED
			page   GET    /officer/experts                                                          -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			page   POST   /officer/experts/{pendingExpert}/rejection                                reject-blank       LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED  DENIED
			page   POST   /officer/experts/eva/approval                                             -                  LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED  DENIED
			page   POST   /officer/experts/invitations                                              invite-bad         LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED  DENIED
			api    GET    /api/experts                                                              -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			api    GET    /api/experts/{pendingExpert}                                              -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			api    POST   /api/experts/{pendingExpert}/rejection                                    reject-blank       LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED  DENIED
			api    POST   /api/experts/eva/approval                                                 -                  LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED  DENIED
			api    POST   /api/experts/invitations                                                  invite-bad         LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED  DENIED

			# a call's experts: the officers of its programme invite; auditors read
			page   GET    /officer/calls/{draft}/experts                                            -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   POST   /officer/calls/{draft}/experts                                            experts-none       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED
			api    GET    /api/calls/{draft}/experts                                                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    POST   /api/calls/{draft}/experts                                                experts-none       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED

			# histories: the officers of the subject's programme and auditors read them; nobody writes them
			page   GET    /audit/calls/{open}                                                       -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /audit/submissions/{proposal}                                             -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /audit/needs/{need}                                                       -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			page   GET    /audit/grants/{open}                                                      -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED
			page   POST   /audit/calls/{open}                                                       -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   GET    /audit/grants/{pilot}                                                     -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /audit/submissions/{proposal}/timeline.csv                                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /audit/submissions/{proposal}/timeline.pdf                                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /audit/submissions/{proposal}?from=2027-03-01&to=2027-02-01               -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/audit/calls/{open}                                                   -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/audit/submissions/{proposal}                                         -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/audit/submissions/{proposal}?from=2027-03-01&to=2027-02-01           -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  REFUSED DENIED  REFUSED DENIED
			api    GET    /api/audit/grants/{pilot}                                                 -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/audit/needs/{need}                                                   -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			api    GET    /api/audit/submissions/{proposal}/timeline.csv                            -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/audit/grants/{pilot}/timeline.pdf                                    -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/audit/processes/{instance}/diagram                                   -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    POST   /api/audit/submissions/{proposal}                                         -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED

			# the audit chain: programme officers and auditors verify it and read its signed head; comparing a head only reads (a GET); nobody writes it
			page   GET    /audit/verification                                                       -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			api    GET    /api/audit/verification                                                   -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			api    GET    /api/audit/head                                                           -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			api    GET    /api/audit/head/check?position=last&linkHash=x&signature=y                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  REFUSED DENIED

			# reports: the officers of the call's programme and auditors read them; nobody else reaches them
			page   GET    /reports                                                                  -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			page   GET    /reports?from=2027-06-30&to=2027-01-01                                    -                  LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  REFUSED DENIED
			page   GET    /reports/calls/{pilotCall}                                                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /reports/calls/{pilotCall}/call-overview.pdf                              -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /reports/calls/{pilotCall}/submissions.pdf                                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /reports/calls/{pilotCall}/ranking.pdf                                    -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /reports/calls/{pilotCall}/payments.pdf                                   -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /reports/calls/{pilotCall}/call-overview.csv                              -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /reports/calls/{pilotCall}/submissions.csv                                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /reports/calls/{pilotCall}/ranking.csv                                    -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /reports/calls/{pilotCall}/payments.csv                                   -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			page   GET    /reports/calls/{pilotCall}/horoscope.pdf                                  -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED
			page   GET    /reports/calls/{nobody}                                                   -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED
			api    GET    /api/reports/calls                                                        -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			api    GET    /api/reports/calls?from=2027-06-30&to=2027-01-01                          -                  LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  REFUSED DENIED
			api    GET    /api/reports/calls/{pilotCall}                                            -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/reports/calls/{pilotCall}/call-overview.pdf                          -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/reports/calls/{pilotCall}/submissions.csv                            -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/reports/calls/{pilotCall}/ranking.pdf                                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/reports/calls/{pilotCall}/ranking.csv                                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/reports/calls/{pilotCall}/payments.csv                               -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  OK      DENIED  OK      DENIED
			api    GET    /api/reports/calls/{pilotCall}/horoscope.csv                              -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED

			# the programme report for the funder: the programme's officers and auditors; reviews by its programme officers
			page   GET    /reports/programme                                                        -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      DENIED  OK      DENIED
			page   GET    /reports/programme?programme=healthchain-founding&from=2027-01-01&to=2027-12-31 -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  OK      DENIED  OK      DENIED
			page   GET    /reports/programme?programme=healthchain-founding&from=2027-06-30&to=2027-01-01 -                  LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED  REFUSED  DENIED  REFUSED  DENIED
			page   GET    /reports/programme?programme=no-such-programme                            -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED
			page   GET    /reports/programme.pdf?programme=healthchain-founding&from=2027-01-01&to=2027-12-31 -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  OK      DENIED  OK      DENIED
			page   GET    /reports/programme.csv?programme=healthchain-founding&from=2027-01-01&to=2027-12-31 -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  OK      DENIED  OK      DENIED
			page   GET    /reports/programme/{pilotCall}/1                                          -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED
			page   GET    /reports/programme/{pilotCall}/1.pdf                                      -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED
			page   POST   /reports/programme/{pilotCall}/1/review                                   decision-bad       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			page   POST   /reports/programme/{pilotCall}/1/correction                               decision-bad       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			api    GET    /api/reports/programme?programme=healthchain-founding&from=2027-01-01&to=2027-12-31 -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  OK      DENIED  OK      DENIED
			api    GET    /api/reports/programme                                                    -                  LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED  REFUSED  DENIED  REFUSED  DENIED
			api    GET    /api/reports/programme?programme=healthchain-founding&from=2027-06-30&to=2027-01-01 -                  LOGIN   DENIED  DENIED  DENIED  DENIED  REFUSED  REFUSED  DENIED  REFUSED  DENIED
			api    GET    /api/reports/programme?programme=no-such-programme                        -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED
			api    GET    /api/reports/programme.pdf?programme=healthchain-founding&from=2027-01-01&to=2027-12-31 -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  OK      DENIED  OK      DENIED
			api    GET    /api/reports/programme.csv?programme=healthchain-founding&from=2027-01-01&to=2027-12-31 -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  OK      DENIED  OK      DENIED
			api    GET    /api/reports/programme/{pilotCall}/1                                      -                  LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  HIDDEN  DENIED
			api    POST   /api/reports/programme/{pilotCall}/1/review                               decision-bad       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED
			api    POST   /api/reports/programme/{pilotCall}/1/correction                           decision-bad       LOGIN   DENIED  DENIED  DENIED  DENIED  HIDDEN  HIDDEN  DENIED  DENIED  DENIED

			# pilots: the company's staff, the host's need owners and the officers of the grant's programme act; auditors read;
			# {pilot} waits for its kick-off, so no deliverable, review or final review is possible, and its payment 2 is not due
			page   GET    /pilots                                                                   -                  LOGIN   OK      OK      OK      DENIED  OK      OK      OK      OK      DENIED
			page   GET    /pilots/{pilot}                                                           -                  LOGIN   OK      HIDDEN  OK      DENIED  DENIED  OK      OK      OK      DENIED
			page   GET    /pilots/ledger?call={pilotCall}                                           -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  OK      OK      OK      DENIED
			page   POST   /pilots/{pilot}/kick-off                                                  kick-off-bad       LOGIN   DENIED  HIDDEN  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED
			page   POST   /pilots/{pilot}/deliverables                                              deliverable-blank  LOGIN   REFUSED HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /pilots/{pilot}/review                                                    verdict-bad        LOGIN   DENIED  HIDDEN  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED
			page   POST   /pilots/{pilot}/co-review                                                 verdict-bad        LOGIN   DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			page   POST   /pilots/{pilot}/payments/2/release                                        -                  LOGIN   DENIED  HIDDEN  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED
			page   POST   /pilots/{pilot}/final-review                                              outcome-bad        LOGIN   DENIED  HIDDEN  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED
			api    GET    /api/pilots                                                               -                  LOGIN   OK      OK      OK      DENIED  OK      OK      OK      OK      DENIED
			api    GET    /api/pilots/{pilot}                                                       -                  LOGIN   OK      HIDDEN  OK      DENIED  DENIED  OK      OK      OK      DENIED
			api    GET    /api/pilots/{pilot}/ledger                                                -                  LOGIN   OK      HIDDEN  OK      DENIED  DENIED  OK      OK      OK      DENIED
			api    GET    /api/pilots/ledger?call={pilotCall}                                       -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  OK      OK      OK      DENIED
			api    POST   /api/pilots/{pilot}/kick-off                                              kick-off-bad       LOGIN   DENIED  HIDDEN  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED
			api    POST   /api/pilots/{pilot}/deliverables                                          deliverable-parts  LOGIN   REFUSED HIDDEN  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/pilots/{pilot}/review                                                verdict-bad        LOGIN   DENIED  HIDDEN  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED
			api    POST   /api/pilots/{pilot}/co-review                                             verdict-bad        LOGIN   DENIED  HIDDEN  REFUSED DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			api    POST   /api/pilots/{pilot}/payments/2/release                                    -                  LOGIN   DENIED  HIDDEN  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED
			api    POST   /api/pilots/{pilot}/final-review                                          outcome-bad        LOGIN   DENIED  HIDDEN  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  DENIED

			# administration
			page   GET    /admin/mail                                                               -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK
			page   POST   /admin/mail/999999999/retry                                               -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  HIDDEN
			api    GET    /api/admin/mail?status=FAILED                                             -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK
			api    POST   /api/admin/mail/999999999/retry                                           -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  HIDDEN
			api    PUT    /api/admin/programmes/healthchain-founding/funder-email                   funder-bad         LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED

			# operations: the load balancer's probes for everyone; the full health and the metrics for admins (the metrics scraper: OperationsApiTest, ProductionRunIT)
			api    GET    /actuator/health/liveness                                                 -                  OK      OK      OK      OK      OK      OK      OK      OK      OK      OK
			api    GET    /actuator/health/readiness                                                -                  OK      OK      OK      OK      OK      OK      OK      OK      OK      OK
			api    GET    /actuator/health                                                          -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK
			api    GET    /actuator/prometheus                                                      -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK
			api    GET    /actuator/metrics                                                         -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK
			api    GET    /actuator/info                                                            -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK
			page   GET    /actuator/health                                                          -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK
			# the JSON API's description and its page: every login
			api    GET    /v3/api-docs                                                              -                  LOGIN   OK      OK      OK      OK      OK      OK      OK      OK      OK
			page   GET    /v3/api-docs                                                              -                  LOGIN   OK      OK      OK      OK      OK      OK      OK      OK      OK
			page   GET    /swagger-ui/index.html                                                    -                  LOGIN   OK      OK      OK      OK      OK      OK      OK      OK      OK

			# engine REST API: reads as the engine's authorizations allow; writes only through one's tasks
			engine GET    /engine-rest/task?{awaiting-tasks}                                        -                  LOGIN   OK      OK      OK      OK      OK      OK      OK      OK      OK
			engine GET    /engine-rest/task/{task}                                                  -                  LOGIN   HIDDEN  HIDDEN  HIDDEN  HIDDEN  HIDDEN  OK      OK      OK      OK
			engine PUT    /engine-rest/task/{task}/variables/callId                                 bad-variable       LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED
			engine POST   /engine-rest/task/{task}/complete                                         foreign-variable   LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  REFUSED
			engine POST   /engine-rest/message                                                      message            LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED
			engine POST   /engine-rest/process-definition/key/call-lifecycle/start                  start-bad          LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED
			engine POST   /engine-rest/process-instance/{instance}/variables                        variables-bad      LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED
			engine POST   /engine-rest/process-instance/{instance}/modification                     modification-bad   LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED
			engine POST   /engine-rest/task/create                                                  task-bad           LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED
			engine DELETE /engine-rest/user/{nobody}                                                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK
			engine PUT    /engine-rest/user/erik/profile                                            broken-json        LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED
			engine PUT    /engine-rest/user/{me}/profile                                            crlf-email         LOGIN   REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED REFUSED DENIED  REFUSED
			engine POST   /engine-rest/identity/verify                                              -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED
			engine GET    /engine-rest/metrics/activity-instance/sum                                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK      OK
			engine GET    /engine-rest/process-definition/statistics                                -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK      OK

			# webapps: Tasklist for everyone, Cockpit for officers and auditors, Admin for admins; their APIs as the engine REST API
			webapp GET    /camunda/app/tasklist/default/                                            -                  LOGIN   OK      OK      OK      OK      OK      OK      OK      OK      OK
			webapp GET    /camunda/app/cockpit/default/                                             -                  LOGIN   DENIED  DENIED  DENIED  DENIED  OK      OK      OK      OK      OK
			webapp GET    /camunda/app/admin/default/                                               -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK
			webapp GET    /camunda/api/admin/auth/user/default                                      -                  LOGIN   OK      OK      OK      OK      OK      OK      OK      OK      OK
			webapp GET    /camunda/api/engine/engine/default/task?{awaiting-tasks}                  -                  LOGIN   OK      OK      OK      OK      OK      OK      OK      OK      OK
			webapp GET    /camunda/api/cockpit/plugin/base/default/process-definition/statistics    -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK      OK
			webapp POST   /camunda/api/cockpit/plugin/base/default/process-instance                 empty-query        LOGIN   OK      OK      OK      OK      OK      OK      OK      OK      OK
			webapp GET    /camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated?{since} -                  LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  OK      OK
			webapp PUT    /camunda/api/engine/engine/default/task/{task}/variables/callId           bad-variable       LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED
			webapp POST   /camunda/api/engine/engine/default/task/{task}/complete                   foreign-variable   LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED REFUSED DENIED  REFUSED
			webapp POST   /camunda/api/engine/engine/default/message                                message            LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED
			webapp POST   /camunda/api/engine/engine/default/task/create                            task-bad           LOGIN   DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  DENIED  REFUSED

			""";

	private static final List<String> ROLES = List.of("anonymous", "alice", "bob", "nora", "eva", "otto", "oscar",
			"peter", "aude", "admin");

	/** The bodies the table sends, by name; {placeholders} are filled per caller. */
	private static final Map<String, Body> BODIES = Map.ofEntries(
			Map.entry("registration-blank",
					Body.formOrJson("organisationName=&country=&userId=", "{\"organisationName\": \"\"}")),
			Map.entry("follow-maybe", Body.form("follow=maybe")),
			Map.entry("invite-bad", Body.formOrJson("email=not-an-address", "{\"email\": \"not-an-address\"}")),
			Map.entry("need-blank", Body.formOrJson("title=", "{\"title\": \"\"}")),
			Map.entry("need-parts-blank",
					Body.multipart(() -> Multipart.form().part("need", "application/json", "{\"title\": \"\"}"))),
			Map.entry("not-a-pdf",
					Body.multipart(() -> Multipart.form()
						.file("file", "notes.pdf", "application/pdf", "no PDF".getBytes(StandardCharsets.UTF_8)))),
			Map.entry("answer", Body.formOrJson("answer=Because.", "{\"answer\": \"Because.\"}")),
			Map.entry("triage-bad", Body.formOrJson("decision=MAYBE", "{\"decision\": \"MAYBE\"}")),
			Map.entry("challenge-blank",
					Body.formOrJson("programme=healthchain-founding&title=",
							"{\"programme\": \"healthchain-founding\", \"title\": \"\", \"needs\": []}")),
			Map.entry("attach-to-open", Body.formOrJson("call={open}", "{\"call\": \"{open}\"}")),
			Map.entry("call-blank",
					Body.formOrJson("programme=healthchain-founding&reference=&title=",
							"{\"programme\": \"healthchain-founding\", \"reference\": \"\", \"title\": \"\"}")),
			Map.entry("review-no-comment", Body.formOrJson("decision=SEND_BACK", "{\"decision\": \"SEND_BACK\"}")),
			Map.entry("eligible", Body.formOrJson("eligible=true", "{\"eligible\": true}")),
			Map.entry("proposal-bad-trl", Body.formOrJson("trl=99", "{\"call\": \"{open}\", \"trl\": 99}")),
			Map.entry("upload-bad-type",
					Body.multipart(() -> Multipart.form()
						.field("type", "holiday-pictures")
						.file("file", "budget.pdf", "application/pdf", NeedFixtures.pdf()))),
			Map.entry("blank-key", Body.form("idempotencyKey=%20")),
			Map.entry("blank-key-header", Body.header("Idempotency-Key", " ")),
			Map.entry("bad-variable", Body.json("{\"value\": \"v\", \"type\": \"NoSuchType\"}")),
			Map.entry("foreign-variable", Body.json("{\"variables\": {\"callId\": {\"value\": \"x\"}}}")),
			Map.entry("message",
					Body.json("{\"messageName\": \"EligibilityChecksDone\", \"businessKey\": \"{open}\"}")),
			Map.entry("start-bad", Body.json("{\"variables\": {\"x\": {\"value\": \"v\", \"type\": \"NoSuchType\"}}}")),
			Map.entry("variables-bad",
					Body.json("{\"modifications\": {\"x\": {\"value\": \"v\", \"type\": \"NoSuchType\"}}}")),
			Map.entry("modification-bad", Body.json("{\"instructions\": [{\"type\": \"nonsense\"}]}")),
			Map.entry("task-bad", Body.json("{\"name\": \"x\", \"due\": \"not a date\"}")),
			Map.entry("broken-json", Body.json("{\"firstName\": ")),
			Map.entry("crlf-email",
					Body.json("{\"id\": \"{me}\", \"firstName\": \"F\", \"lastName\": \"L\", "
							+ "\"email\": \"me@example.org\\r\\nBcc: all@example.org\"}")),
			Map.entry("empty-query", Body.json("{}")),
			Map.entry("rapporteur-of-none",
					Body.formOrJson("submission=S-999999&expert=eva",
							"{\"submission\": \"S-999999\", \"expert\": \"eva\"}")),
			Map.entry("swap-blank", Body.formOrJson("submission=", "{\"submission\": \"\"}")),
			Map.entry("expert-blank", Body.formOrJson("userId=&organisation=", "{\"userId\": \"\"}")),
			Map.entry("expert-profile-bad",
					Body.formOrJson("organisation=&country=XX", "{\"organisation\": \"\", \"country\": \"XX\"}")),
			Map.entry("answer-bad", Body.json("{\"decision\": \"maybe\"}")),
			Map.entry("reject-blank", Body.formOrJson("reason=", "{\"reason\": \"\"}")),
			Map.entry("adjust-blank", Body.formOrJson("submission=", "{\"submission\": \"\"}")),
			Map.entry("decision-bad", Body.formOrJson("decision=maybe", "{\"decision\": \"maybe\"}")),
			Map.entry("grant-draft-blank", Body.formOrJson("amount=", "{\"amount\": null}")),
			Map.entry("declarations-none", Body.json("{\"declarations\": []}")),
			Map.entry("amendment-blank", Body.json("{\"reason\": \"\"}")),
			Map.entry("redress-blank", Body.formOrJson("grounds=", "{\"grounds\": \"\"}")),
			Map.entry("experts-none", Body.formOrJson("respondWithinDays=7", "{\"experts\": []}")),
			Map.entry("kick-off-bad", Body.formOrJson("kickOffDate=not-a-date", "{\"date\": \"not-a-date\"}")),
			Map.entry("deliverable-blank", Body.form("milestone=1&report=")),
			Map.entry("deliverable-parts",
					Body.multipart(() -> Multipart.form()
						.part("deliverable", "application/json", "{\"milestone\": 1, \"report\": \"\"}"))),
			Map.entry("verdict-bad", Body.formOrJson("verdict=maybe", "{\"verdict\": \"maybe\"}")),
			Map.entry("outcome-bad", Body.formOrJson("outcome=MAYBE", "{\"outcome\": \"MAYBE\"}")),
			Map.entry("funder-bad", Body.json("{\"funderEmail\": \"not an address\"}")));

	private final Map<String, String> targets = new LinkedHashMap<>();

	private final Map<String, PageSession> sessions = new LinkedHashMap<>();

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	ProposalDrafting proposals;

	@Autowired
	ProposalSubmitting submitting;

	@Autowired
	SubmissionQueries submissions;

	@Autowired
	CallDrafting drafting;

	@Autowired
	NeedSubmission needs;

	@Autowired
	NeedBacklog backlog;

	@Autowired
	NeedTriage triage;

	@Autowired
	ChallengeBuilding challenges;

	@Autowired
	TaskService taskService;

	@Autowired
	ExpertRegistration expertRegistration;

	@Autowired
	CallInvitations callInvitations;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ContractedGrants contractedGrants;

	private BasicClient basic;

	@BeforeAll
	void targets() {
		this.basic = new BasicClient(this.port);
		CallView open = this.fixtures.openCall();
		this.targets.put("open", open.reference());
		this.targets.put("grant", "GA-S-999999");
		String proposal = this.fixtures.submitted("alice", open);
		this.targets.put("proposal", proposal);
		this.targets.put("document", this.submissions.submission("alice", proposal).documents().get(0).id().toString());
		this.targets.put("proposalDraft",
				this.proposals.draft("alice", open.reference(), SubmissionFixtures.homeMonitoring()));
		String withdrawn = this.fixtures.submitted("alice", open);
		this.submitting.withdraw("alice", withdrawn);
		this.targets.put("withdrawn", withdrawn);

		String draft = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, draft, CallFixtures.remoteMonitoring());
		this.targets.put("draft", draft);
		String awaiting = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, awaiting, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", awaiting);
		this.targets.put("awaiting", awaiting);
		this.targets.put("task",
				this.taskService.createTaskQuery().processInstanceBusinessKey(awaiting).singleResult().getId());
		this.targets.put("instance",
				this.runtimeService.createProcessInstanceQuery()
					.processInstanceBusinessKey(awaiting)
					.singleResult()
					.getId());

		String need = this.needs.submit("nora", NeedFixtures.heartFailureAtHome(),
				List.of(new UploadedFile("costs.pdf", NeedFixtures.pdf())));
		this.targets.put("need", need);
		this.targets.put("attachment", this.backlog.need("nora", need).attachments().get(0).id().toString());
		String validated = this.needs.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());
		this.triage.triage("olivia", validated, new TriageInput("VALIDATE", null, null, null));
		this.targets.put("challenge",
				this.challenges
					.group("olivia", CallFixtures.FOUNDING, "Heart failure at home", null, List.of(validated))
					.id());
		String pendingExpert = "pending-" + System.nanoTime() % 1_000_000_000;
		this.expertRegistration.register(new ExpertRegistrationInput(pendingExpert, "Pia", "Pending",
				pendingExpert + "@experts.example", "correct horse battery", null, "Fraunhofer Portugal", "PT",
				List.of("remote monitoring"), List.of("digital health"), 5, true));
		this.targets.put("pendingExpert", pendingExpert);
		this.targets.put("evaInvitation",
				this.callInvitations.invite("olivia", draft, new CallInvitationInput(List.of("eva"), null))
					.get(0)
					.id()
					.toString());
		GrantTerms pilot = this.contractedGrants.signed();
		this.targets.put("pilot", pilot.grantReference());
		this.targets.put("pilotCall", pilot.callReference());
		this.targets.put("nobody", "nobody-" + System.nanoTime());
		this.targets.put("awaiting-tasks", "processInstanceBusinessKey=" + awaiting);
		this.targets.put("since", "subscriptionStartDate=2020-01-01T00:00:00.000%2B0000&groupBy=year");

		for (String role : ROLES) {
			PageSession session = role.equals("anonymous") ? PageSession.anonymous(this.port)
					: PageSession.of(role, this.port);
			// the login page's CSRF token for the anonymous; the webapps' token for
			// everyone
			session.get("/login");
			session.get("/camunda/app/welcome/default/");
			this.sessions.put(role, session);
		}
	}

	@AfterAll
	void resetClock() {
		ClockUtil.reset();
	}

	@TestFactory
	Stream<DynamicContainer> everyEndpointAnswersEveryRoleAsTheSecurityRulesSay() {
		return TABLE.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.skip(1)
			.map(Row::parse)
			.map((row) -> DynamicContainer.dynamicContainer(row.toString(),
					IntStream.range(0, ROLES.size())
						.mapToObj((column) -> DynamicTest.dynamicTest(
								"as " + ROLES.get(column) + " → " + row.expected().get(column),
								() -> assertCell(row, ROLES.get(column), row.expected().get(column))))));
	}

	private void assertCell(Row row, String role, String expected) {
		UnaryOperator<String> fill = (text) -> fill(text, role);
		ResponseEntity<String> answer = send(row, role, fill);
		String body = String.valueOf(answer.getBody());
		assertThat(outcome(answer))
			.as("%s %s as %s answered %s: %s", row.method(), fill.apply(row.path()), role, answer.getStatusCode(),
					abbreviated(body))
			.isEqualTo(expected);
		if (answer.getStatusCode().is4xxClientError()) {
			Leaks.assertNone(row.method() + " " + row.path() + " as " + role, body);
		}
	}

	private ResponseEntity<String> send(Row row, String role, UnaryOperator<String> fill) {
		String path = fill.apply(row.path());
		Body body = row.body().equals("-") ? Body.NONE : BODIES.get(row.body());
		assertThat(body).as("body " + row.body()).isNotNull();
		boolean json = !row.via().equals("page");
		byte[] content = body.content(json, fill);
		return switch (row.via()) {
			case "page", "webapp" -> (row.method().equals("GET")) ? this.sessions.get(role).get(path)
					: this.sessions.get(role).exchange(row.method(), path, body.contentType(json), content);
			case "api", "engine" -> this.basic.send(role.equals("anonymous") ? null : role, "demo", row.method(), path,
					body.contentType(true), content, body.headers());
			default -> throw new IllegalArgumentException("No way to reach " + row.via());
		};
	}

	private String fill(String text, String role) {
		String filled = text.replace("{me}", role);
		for (Map.Entry<String, String> target : this.targets.entrySet()) {
			filled = filled.replace("{" + target.getKey() + "}", target.getValue());
		}
		return filled;
	}

	private static String outcome(ResponseEntity<String> answer) {
		int status = answer.getStatusCode().value();
		if (status >= 200 && status < 300) {
			return "OK";
		}
		if (status >= 300 && status < 400) {
			String location = String.valueOf(answer.getHeaders().getLocation());
			return (location.endsWith("/login") || location.contains("/login?")) ? "LOGIN" : "OK";
		}
		return switch (status) {
			case 401 -> "LOGIN";
			case 403 -> "DENIED";
			case 404 -> "HIDDEN";
			case 400, 409, 422 -> "REFUSED";
			default -> "HTTP " + status;
		};
	}

	private static String abbreviated(String body) {
		String text = body.replaceAll("\\s+", " ");
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

	/** One row of the table. */
	private record Row(String via, String method, String path, String body, List<String> expected) {

		static Row parse(String line) {
			String[] cells = line.split("\\s+");
			assertThat(cells).as(line).hasSize(4 + ROLES.size());
			return new Row(cells[0], cells[1], cells[2], cells[3], Arrays.asList(cells).subList(4, cells.length));
		}

		@Override
		public String toString() {
			return this.via + " " + this.method + " " + this.path
					+ (this.body.equals("-") ? "" : " (" + this.body + ")");
		}

	}

	/**
	 * A request body: a form for the pages, JSON (or another type) for the APIs, and
	 * headers for both.
	 */
	private record Body(String form, String json, Supplier<Multipart> parts, Map<String, String> headers) {

		static final Body NONE = new Body(null, null, null, Map.of());

		static Body form(String encoded) {
			return new Body(encoded, null, null, Map.of());
		}

		static Body json(String json) {
			return new Body(null, json, null, Map.of());
		}

		static Body formOrJson(String encoded, String json) {
			return new Body(encoded, json, null, Map.of());
		}

		static Body multipart(Supplier<Multipart> parts) {
			return new Body(null, null, parts, Map.of());
		}

		static Body header(String name, String value) {
			return new Body(null, null, null, Map.of(name, value));
		}

		String contentType(boolean api) {
			if (this.parts != null) {
				return this.parts.get().contentType();
			}
			if (api && this.json != null) {
				return "application/json";
			}
			return (this.form != null) ? "application/x-www-form-urlencoded" : null;
		}

		/** The body's bytes, its {placeholders} filled. */
		byte[] content(boolean api, UnaryOperator<String> fill) {
			if (this.parts != null) {
				return this.parts.get().bytes();
			}
			String text = (api && this.json != null) ? this.json : this.form;
			return (text != null) ? fill.apply(text).getBytes(StandardCharsets.UTF_8) : null;
		}

	}

}
