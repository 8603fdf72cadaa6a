package org.opencall.needs;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedRepository;
import org.opencall.needs.domain.NeedRepository.NeedFilter;
import org.opencall.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading needs: an organisation's own, the officers' backlog with its filters, one need
 * with its trace to challenges and calls, and its attachments.
 */
@Service
@Transactional(readOnly = true)
public class NeedBacklog {

	private final NeedRepository needs;

	private final NeedAccess access;

	NeedBacklog(NeedRepository needs, NeedAccess access) {
		this.needs = needs;
		this.access = access;
	}

	public List<NeedView> ofMyOrganisation(String owner) {
		return summaries(this.needs.findByOrganisation(this.access.organisationOfNeedOwner(owner).id()));
	}

	public List<NeedView> backlog(String officer, NeedFilter filter) {
		this.access.requireOfficerOrAuditor(officer);
		return summaries(this.needs.findBacklog(filter));
	}

	public NeedView need(String userId, String reference) {
		Need need = this.access.readable(userId, reference);
		List<NeedView.Trace> trace = this.needs.findChallengesWithNeed(reference)
			.stream()
			.map((c) -> new NeedView.Trace(c.id().toString(), c.title(), c.programmeCode(), c.callReference()))
			.toList();
		return NeedView.of(need, this.access.organisationName(need), this.needs.attachments(need.id()), trace);
	}

	public byte[] attachment(String userId, String reference, UUID attachmentId) {
		Need need = this.access.readable(userId, reference);
		return this.needs.attachmentContent(need.id(), attachmentId)
			.orElseThrow(() -> new NotFoundException("No such attachment"));
	}

	/** Needs without attachments and trace; their organisations read in one query. */
	private List<NeedView> summaries(List<Need> list) {
		Map<UUID, String> names = this.access.organisationNames(list);
		return list.stream()
			.map((need) -> NeedView.of(need, names.getOrDefault(need.organisationId(), ""), List.of(), List.of()))
			.toList();
	}

}
