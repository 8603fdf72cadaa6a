package org.opencall.identity;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.Sha256;
import org.opencall.platform.StateConflictException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members invite colleagues to their organisation. The invitation is mailed with a random
 * single-use token in a registration link; only the token's SHA-256 is stored. A new
 * invitation to the same address replaces the pending one.
 */
@Service
@Transactional
public class Invitations {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final String ASK_AGAIN = "ask a member of the organisation to invite you again";

	private final JdbcClient jdbc;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	private final Duration validFor;

	private final int maxPending;

	Invitations(JdbcClient jdbc, Directory directory, ApplicationEventPublisher events, Clock clock,
			@Value("${opencall.base-url}") String baseUrl,
			@Value("${opencall.invitations.valid-for}") Duration validFor,
			@Value("${opencall.invitations.max-pending}") int maxPending) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.validFor = validFor;
		this.maxPending = maxPending;
	}

	/** A member invites a colleague by e-mail address. */
	public Invitation invite(String memberId, String email) {
		Organisation organisation = this.directory.organisationOf(memberId)
			.orElseThrow(() -> new ActionForbiddenException("Only members of an organisation invite people to it."));
		List<FieldViolation> violations = new ArrayList<>();
		String address = EmailAddress.check(violations, "email", email);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Instant now = this.clock.instant();
		// one member's invitation at a time per organisation, so that the limit holds
		this.jdbc.sql("select id from organisations where id = :id for update")
			.param("id", organisation.id())
			.query()
			.listOfRows();
		this.jdbc.sql("""
				delete from invitations
				where organisation_id = :organisation and lower(email) = lower(:email) and accepted_at is null
				""").param("organisation", organisation.id()).param("email", address).update();
		if (pending(organisation.id()).size() >= this.maxPending) {
			throw new StateConflictException(organisation.name() + " has " + this.maxPending
					+ " pending invitations; wait until some are used or expire.");
		}
		String token = newToken();
		Invitation invitation = new Invitation(UUID.randomUUID(), organisation.id(), address, memberId, now,
				now.plus(this.validFor), null, null);
		this.jdbc.sql("""
				insert into invitations (id, organisation_id, email, token_sha256, invited_by, created_at, expires_at)
				values (:id, :organisation, :email, :hash, :invitedBy, :createdAt, :expiresAt)
				""")
			.param("id", invitation.id())
			.param("organisation", organisation.id())
			.param("email", address)
			.param("hash", Sha256.hex(token))
			.param("invitedBy", memberId)
			.param("createdAt", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(invitation.expiresAt()))
			.update();
		String inviter = this.directory.person(memberId).map(Person::displayName).orElse(memberId);
		this.events.publishEvent(new InvitationIssued(invitation.id(), address, organisation.name(), inviter,
				this.baseUrl + "/register?invitation=" + token, invitation.expiresAt()));
		return invitation;
	}

	/**
	 * An officer invites someone to register in the expert pool; the link leads to the
	 * experts' registration. A new invitation to the same address replaces the pending
	 * one. Whoever registers with it still awaits an officer's approval.
	 */
	public Invitation inviteToExpertPool(String officerId, String email) {
		List<FieldViolation> violations = new ArrayList<>();
		String address = EmailAddress.check(violations, "email", email);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				delete from invitations
				where purpose = 'EXPERT' and lower(email) = lower(:email) and accepted_at is null
				""").param("email", address).update();
		String token = newToken();
		Invitation invitation = new Invitation(UUID.randomUUID(), null, address, officerId, now,
				now.plus(this.validFor), null, null);
		this.jdbc.sql("""
				insert into invitations (id, email, token_sha256, invited_by, created_at, expires_at, purpose)
				values (:id, :email, :hash, :invitedBy, :createdAt, :expiresAt, 'EXPERT')
				""")
			.param("id", invitation.id())
			.param("email", address)
			.param("hash", Sha256.hex(token))
			.param("invitedBy", officerId)
			.param("createdAt", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(invitation.expiresAt()))
			.update();
		String inviter = this.directory.person(officerId).map(Person::displayName).orElse(officerId);
		this.events.publishEvent(new InvitationIssued(invitation.id(), address, "the Opencall expert pool", inviter,
				this.baseUrl + "/experts/register?invitation=" + token, invitation.expiresAt()));
		return invitation;
	}

	/** The organisation's invitations that are neither used nor expired, oldest first. */
	@Transactional(readOnly = true)
	public List<Invitation> pending(UUID organisationId) {
		return this.jdbc.sql("""
				select * from invitations
				where organisation_id = :organisation and accepted_at is null and expires_at > :now
				order by created_at
				""")
			.param("organisation", organisationId)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Invitations::toInvitation)
			.list();
	}

	/**
	 * The invitation a token stands for, if it can still be used; otherwise refused,
	 * naming the field {@code invitation} and why.
	 */
	@Transactional(readOnly = true)
	public Invitation valid(String token) {
		return find(token, "");
	}

	/** As {@link #valid(String)}, locked until the registration that uses it ends. */
	Invitation claim(String token) {
		return find(token, " for update");
	}

	void accepted(Invitation invitation, String userId) {
		this.jdbc.sql("update invitations set accepted_by = :user, accepted_at = :now where id = :id")
			.param("user", userId)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", invitation.id())
			.update();
	}

	private Invitation find(String token, String lock) {
		Invitation invitation = (token != null && TOKEN.matcher(token.strip()).matches())
				? this.jdbc.sql("select * from invitations where token_sha256 = :hash" + lock)
					.param("hash", Sha256.hex(token.strip()))
					.query(Invitations::toInvitation)
					.optional()
					.orElse(null)
				: null;
		if (invitation == null) {
			throw InvalidInputException.of("invitation", "is not valid (was the whole link copied?): " + ASK_AGAIN);
		}
		if (invitation.isAccepted()) {
			throw InvalidInputException.of("invitation",
					"has already been used: log in with the login it created, or " + ASK_AGAIN);
		}
		if (!invitation.expiresAt().isAfter(this.clock.instant())) {
			throw InvalidInputException.of("invitation",
					"expired on " + DAY.format(invitation.expiresAt()) + ": " + ASK_AGAIN);
		}
		return invitation;
	}

	private static String newToken() {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static Invitation toInvitation(ResultSet rs, int row) throws SQLException {
		Timestamp acceptedAt = rs.getTimestamp("accepted_at");
		return new Invitation((UUID) rs.getObject("id"), (UUID) rs.getObject("organisation_id"), rs.getString("email"),
				rs.getString("invited_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), rs.getString("accepted_by"),
				(acceptedAt != null) ? acceptedAt.toInstant() : null);
	}

}
