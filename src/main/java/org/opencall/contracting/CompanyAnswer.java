package org.opencall.contracting;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.opencall.contracting.domain.Grant;
import org.opencall.contracting.domain.GrantEvents.AgreementAccepted;
import org.opencall.contracting.domain.GrantRepository;
import org.opencall.contracting.process.ContractingEngine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's staff answer the offered agreement before its deadline, by the server's
 * clock: they accept it with every declaration ticked (the grant is signed and
 * {@link GrantSigned} published) or decline it saying why; the grant's contracting then
 * moves on.
 */
@Service
@Transactional
public class CompanyAnswer {

	private final GrantAccess access;

	private final GrantRepository grants;

	private final ContractingEngine engine;

	private final GrantMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompanyAnswer(GrantAccess access, GrantRepository grants, ContractingEngine engine, GrantMails mails,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.grants = grants;
		this.engine = engine;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	public void accept(String user, String reference, List<String> declarations) {
		Grant grant = this.access.asCompany(user, reference);
		AgreementAccepted accepted = grant.accept(user, (declarations != null) ? Set.copyOf(declarations) : Set.of(),
				GrantDeclarations.all().keySet(), this.clock.instant());
		this.grants.save(grant);
		this.mails.signed(grant);
		this.events.publishEvent(accepted);
		this.events.publishEvent(
				new GrantSigned(accepted.grantReference(), accepted.callReference(), accepted.submissionReference()));
		this.engine.answered(reference);
	}

	public void decline(String user, String reference, String reason) {
		Grant grant = this.access.asCompany(user, reference);
		Object declined = grant.decline(user, reason, this.clock.instant());
		this.grants.save(grant);
		this.events.publishEvent(declined);
		this.engine.answered(reference);
	}

}
