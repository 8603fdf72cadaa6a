package org.opencall.needs;

import java.util.List;
import java.util.UUID;

import org.opencall.needs.domain.Need;
import org.opencall.platform.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading needs: an organisation's own, the officers' backlog with its filters, one need
 * with its trace to challenges, calls and the pilots that answer it, and its attachments.
 */
@Service
@Transactional(readOnly = true)
public class NeedBacklog {

	private final NeedAccess access;

	private final NeedLists lists;

	private final NeedAttachments attachments;

	private final ObjectProvider<PilotOutcomes> pilots;

	NeedBacklog(NeedAccess access, NeedLists lists, NeedAttachments attachments, ObjectProvider<PilotOutcomes> pilots) {
		this.access = access;
		this.lists = lists;
		this.attachments = attachments;
		this.pilots = pilots;
	}

	/**
	 * The needs of the owner's organisation, latest first, without attachments and trace.
	 */
	public List<NeedView> ofMyOrganisation(String owner) {
		return this.lists.ofOrganisation(this.access.organisationOfNeedOwner(owner).id());
	}

	/** The needs the filter lets through, latest first, without attachments and trace. */
	public List<NeedView> backlog(String officer, NeedFilter filter) {
		this.access.requireOfficerOrAuditor(officer);
		return this.lists.backlog(filter);
	}

	public NeedView need(String userId, String reference) {
		Need need = this.access.readable(userId, reference);
		return NeedView.of(need, this.access.organisationName(need), this.attachments.of(need.id()),
				this.lists.traceOf(need.reference()), pilotsOf(need.reference()));
	}

	/** The pilots that answer the need: none until a module that runs pilots answers. */
	private List<PilotOutcome> pilotsOf(String reference) {
		PilotOutcomes outcomes = this.pilots.getIfAvailable();
		return (outcomes != null) ? outcomes.ofNeed(reference) : List.of();
	}

	/**
	 * The content of one of the need's attachments, read from the database while it is
	 * sent.
	 */
	public Resource attachment(String userId, String reference, UUID attachmentId) {
		Need need = this.access.readable(userId, reference);
		return this.attachments.content(need.id(), attachmentId)
			.orElseThrow(() -> new NotFoundException("No such attachment"));
	}

}
