package org.opencall.submissions.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.Sha256;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;
import org.opencall.submissions.domain.SubmissionEvents.EligibilityDecided;
import org.opencall.submissions.domain.SubmissionEvents.EligibilityDecisionTaken;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionFoundEligible;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionFoundNotEligible;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionReceived;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionResubmitted;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionSubmitted;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionWithdrawn;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An applicant's proposal to a call: a draft until submitted; each submission is a new
 * version with its receipt, the latest counts; withdrawable until the deadline; then
 * decided eligible or not. Each transition checks its guard and tells what happened.
 * Stored with the current document of each type (not their content) as one aggregate; a
 * concurrent change is refused by its version. Uploaded contents and submitted versions
 * are kept beside it, never changed.
 */
@Table("submissions")
public class Submission {

	@Id
	private final UUID id;

	// who and what a proposal is for never changes: written once, left out of updates

	@InsertOnlyProperty
	private final String reference;

	@InsertOnlyProperty
	private final String callReference;

	@InsertOnlyProperty
	private final UUID organisationId;

	@InsertOnlyProperty
	private final String applicant;

	@Embedded.Empty
	private ProposalContent content;

	private CurrentDocuments documents;

	private SubmissionStatus status;

	private int submittedVersion;

	private List<String> ineligibilityReasons;

	private String decidedBy;

	private String decisionComment;

	@Version
	private Integer version;

	public Submission(UUID id, String reference, String callReference, UUID organisationId, String applicant,
			ProposalContent content, CurrentDocuments documents, SubmissionStatus status, int submittedVersion,
			List<String> ineligibilityReasons, String decidedBy, String decisionComment, Integer version) {
		this.id = id;
		this.reference = reference;
		this.callReference = callReference;
		this.organisationId = organisationId;
		this.applicant = applicant;
		this.content = content;
		this.documents = documents;
		this.status = status;
		this.submittedVersion = submittedVersion;
		this.ineligibilityReasons = List.copyOf(ineligibilityReasons);
		this.decidedBy = decidedBy;
		this.decisionComment = decisionComment;
		this.version = version;
	}

	public static Submission draft(String reference, SubmissionWindow window, UUID organisationId, String applicant,
			ProposalContent content, Instant now) {
		window.requireOpen(now);
		requireValid(draftViolations(window, content));
		return new Submission(UUID.randomUUID(), reference, window.callReference(), organisationId, applicant, content,
				CurrentDocuments.NONE, SubmissionStatus.DRAFT, 0, List.of(), null, null, null);
	}

	public void edit(ProposalContent revised, SubmissionWindow window, Instant now) {
		requireChangeable(window, now);
		requireValid(draftViolations(window, revised));
		this.content = revised;
	}

	/** Adds a document, replacing the earlier one of the same type. */
	public void addDocument(SubmissionDocument document, SubmissionWindow window, Instant now) {
		requireChangeable(window, now);
		this.documents = this.documents.with(document);
	}

	/**
	 * Submits the proposal as a new version with its receipt: the first submission is
	 * received, a later one resubmitted. Refused, naming every problem, while anything is
	 * {@link #missingForSubmission missing}.
	 */
	public SubmissionSubmitted submit(SubmissionWindow window, Set<String> mandatoryDocuments,
			ApplyingOrganisation organisation, Instant now) {
		requireChangeable(window, now);
		requireValid(missingForSubmission(window, mandatoryDocuments, organisation));
		Receipt receipt = nextReceipt(now);
		this.status = SubmissionStatus.SUBMITTED;
		this.submittedVersion++;
		return (this.submittedVersion == 1) ? received(receipt) : new SubmissionResubmitted(this.reference,
				this.callReference, this.applicant, this.content.title(), receipt);
	}

	/**
	 * Everything that keeps the working copy from being submitted, in the order of the
	 * form: invalid or missing fields and declarations, the call's rules (maximum grant,
	 * TRL range, who may apply), a challenge the call does not have, missing mandatory
	 * documents. A draft may be saved with any of them; the applicant sees them while
	 * drafting.
	 */
	public List<FieldViolation> missingForSubmission(SubmissionWindow window, Set<String> mandatoryDocuments,
			ApplyingOrganisation organisation) {
		List<FieldViolation> violations = draftViolations(window, this.content);
		violations.addAll(this.content.missingForSubmission());
		violations.addAll(againstCallRules(window, organisation));
		for (String type : new TreeSet<>(mandatoryDocuments)) {
			if (!this.documents.has(type)) {
				violations.add(new FieldViolation("documents." + type, "the mandatory document is missing"));
			}
		}
		violations.sort(Comparator.comparingInt(Submission::formOrder));
		return violations;
	}

	/**
	 * Where the working copy and its organisation break the call's rules: maximum grant,
	 * TRL range, countries and kinds of organisation.
	 */
	public List<FieldViolation> againstCallRules(SubmissionWindow window, ApplyingOrganisation organisation) {
		List<FieldViolation> violations = new ArrayList<>();
		window.rules().check(violations, this.content, organisation);
		return violations;
	}

	/** Where a field's problem is listed: the form's fields, documents, organisation. */
	private static int formOrder(FieldViolation violation) {
		int field = ProposalContent.FIELDS.indexOf(violation.field());
		if (field >= 0) {
			return field;
		}
		return violation.field().startsWith("documents.") ? ProposalContent.FIELDS.size()
				: ProposalContent.FIELDS.size() + 1;
	}

	/**
	 * The proposal's first submission with its receipt, as told to the applicant when the
	 * submission is acknowledged.
	 */
	public SubmissionReceived received(Receipt first) {
		if (first.version() != 1 || !first.submission().equals(this.reference) || this.submittedVersion < 1) {
			throw new IllegalArgumentException(
					"Receipt " + first.receiptNumber() + " is not the first of submission " + this.reference);
		}
		return new SubmissionReceived(this.reference, this.callReference, this.applicant, this.content.title(), first);
	}

	public SubmissionWithdrawn withdraw(SubmissionWindow window, Instant now) {
		requireChangeable(window, now);
		this.status = SubmissionStatus.WITHDRAWN;
		return new SubmissionWithdrawn(this.reference, this.callReference, this.applicant, this.submittedVersion > 0);
	}

	/** What the eligibility table found; empty means eligible by the rules. */
	public void recordRuleFindings(List<String> reasons) {
		requireAwaitingDecision();
		this.ineligibilityReasons = List.copyOf(reasons);
	}

	public boolean isEligibleByRules() {
		return this.ineligibilityReasons.isEmpty();
	}

	/**
	 * The officer's admissibility decision: confirms the table's finding, or overrides it
	 * with a written reason.
	 */
	public EligibilityDecisionTaken decideEligibility(boolean eligible, String officer, String comment) {
		requireAwaitingDecision();
		boolean overrides = eligible != isEligibleByRules();
		if ((overrides || !eligible) && (comment == null || comment.isBlank())) {
			throw InvalidInputException.of("comment",
					overrides ? "a written reason is required to override the eligibility rules"
							: "tell the applicant why the proposal is not admissible");
		}
		String text = TextRules.check("comment", comment, TextRules.NOTE);
		this.status = eligible ? SubmissionStatus.ELIGIBLE : SubmissionStatus.INELIGIBLE;
		this.decidedBy = officer;
		this.decisionComment = (text != null && !text.isBlank()) ? text : null;
		return new EligibilityDecisionTaken(this.reference, this.callReference, eligible, overrides,
				this.ineligibilityReasons, this.decisionComment, officer);
	}

	/** The eligibility decision taken, as told to the applicant. */
	public EligibilityDecided eligibilityDecision() {
		if (this.status == SubmissionStatus.ELIGIBLE) {
			return new SubmissionFoundEligible(this.reference, this.callReference, this.applicant, this.content.title(),
					this.decidedBy);
		}
		if (this.status == SubmissionStatus.INELIGIBLE) {
			return new SubmissionFoundNotEligible(this.reference, this.callReference, this.applicant,
					this.content.title(), this.decidedBy, this.ineligibilityReasons, this.decisionComment);
		}
		throw new StateConflictException("Submission " + this.reference + " has no eligibility decision (it is "
				+ this.status.name().toLowerCase() + ")");
	}

	private void requireAwaitingDecision() {
		if (this.status != SubmissionStatus.SUBMITTED) {
			throw new StateConflictException("Submission " + this.reference + " is not waiting for an eligibility"
					+ " decision (it is " + this.status.name().toLowerCase() + ")");
		}
	}

	/** SHA-256 over the proposal's fields and its documents' hashes, in a fixed order. */
	public String contentHash() {
		StringBuilder canonical = new StringBuilder();
		canonical.append("call=").append(this.callReference).append('\n');
		canonical.append("challenge=").append(this.content.challenge()).append('\n');
		canonical.append("title=").append(this.content.title()).append('\n');
		canonical.append("acronym=").append(this.content.acronym()).append('\n');
		canonical.append("summary=").append(this.content.summary()).append('\n');
		canonical.append("requestedAmount=")
			.append((this.content.requestedAmount() != null)
					? this.content.requestedAmount().stripTrailingZeros().toPlainString() : null)
			.append('\n');
		canonical.append("trl=").append(this.content.trl()).append('\n');
		canonical.append("team=").append(this.content.team()).append('\n');
		canonical.append("partners=").append(this.content.partners()).append('\n');
		canonical.append("declarations=").append(new TreeSet<>(this.content.declarations())).append('\n');
		if (!this.content.keywords().isEmpty()) {
			// only when present, so that the hashes of receipts issued before keywords
			// stay the same
			canonical.append("keywords=").append(this.content.keywords()).append('\n');
		}
		this.documents.list()
			.forEach((d) -> canonical.append("document.").append(d.type()).append('=').append(d.sha256()).append('\n'));
		return Sha256.hex(canonical.toString());
	}

	private void requireChangeable(SubmissionWindow window, Instant now) {
		if (this.status != SubmissionStatus.DRAFT && this.status != SubmissionStatus.SUBMITTED) {
			throw new StateConflictException("Submission " + this.reference + " can no longer be changed (it is "
					+ this.status.name().toLowerCase() + ")");
		}
		window.requireOpen(now);
	}

	/**
	 * What a draft must respect: its fields' rules, and a challenge of the call (a draft
	 * may not name another call's).
	 */
	public static List<FieldViolation> draftViolations(SubmissionWindow window, ProposalContent content) {
		List<FieldViolation> violations = content.draftViolations();
		if (content.challenge() != null && !content.challenge().isBlank()
				&& !window.challenges().contains(content.challenge())
				&& violations.stream().noneMatch((v) -> v.field().equals("challenge"))) {
			violations.add(0, new FieldViolation("challenge", "is not a challenge of call " + window.callReference()));
		}
		return violations;
	}

	private static void requireValid(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/** The number of the receipt the next submission of this proposal gets. */
	public String nextReceiptNumber() {
		return receiptNumber(this.submittedVersion + 1);
	}

	/**
	 * The receipt that submitting the proposal as it is at {@code now} gives, the one
	 * {@link #submit} answers if it accepts.
	 */
	public Receipt nextReceipt(Instant now) {
		return new Receipt(nextReceiptNumber(), this.reference, this.submittedVersion + 1, now, contentHash());
	}

	private String receiptNumber(int version) {
		return "R-" + this.reference + "-" + version;
	}

	public UUID id() {
		return this.id;
	}

	public String reference() {
		return this.reference;
	}

	public String callReference() {
		return this.callReference;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public String applicant() {
		return this.applicant;
	}

	public ProposalContent content() {
		return this.content;
	}

	/** The current document of each type, by type. */
	public List<SubmissionDocument> documents() {
		return this.documents.list();
	}

	public SubmissionStatus status() {
		return this.status;
	}

	public int submittedVersion() {
		return this.submittedVersion;
	}

	public List<String> ineligibilityReasons() {
		return this.ineligibilityReasons;
	}

	public String decidedBy() {
		return this.decidedBy;
	}

	public String decisionComment() {
		return this.decisionComment;
	}

	public Integer version() {
		return this.version;
	}

}
