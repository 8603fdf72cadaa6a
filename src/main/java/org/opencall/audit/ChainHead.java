package org.opencall.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chain's head as it can be exported: its last position and link hash, signed with
 * HMAC-SHA256 under {@code opencall.audit.signing-key} over {@code position:linkHash}.
 * Kept outside Opencall (a funder's file, a ticket), an exported head lets an auditor
 * prove later that the chain still holds that link at that position: a rewritten history
 * would need a new head, and only the key's holder can sign one.
 */
@Component
class ChainHead {

	private static final String HMAC = "HmacSHA256";

	private final JdbcClient jdbc;

	private final AuditSealer sealer;

	private final SecretKeySpec key;

	ChainHead(JdbcClient jdbc, AuditSealer sealer, @Value("${opencall.audit.signing-key}") String signingKey) {
		if (signingKey == null || signingKey.isBlank()) {
			throw new IllegalStateException("opencall.audit.signing-key must be set to sign the audit chain's head");
		}
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.key = new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), HMAC);
	}

	/**
	 * The head after sealing what waits: position 0 and no link while nothing is kept.
	 */
	SignedHead current() {
		this.sealer.sealAll();
		return this.jdbc.sql("select position, link_hash, sealed_at from audit_chain order by position desc limit 1")
			.query((row, number) -> signed(row.getLong("position"), row.getString("link_hash"),
					row.getObject("sealed_at", OffsetDateTime.class).toInstant()))
			.optional()
			.orElseGet(() -> signed(0, ChainHashes.GENESIS, null));
	}

	/**
	 * Compares an exported head with the chain: whether Opencall signed it, and whether
	 * the chain still holds that link at that position; names each difference.
	 */
	HeadChecked check(long position, String linkHash, String signature) {
		boolean ours = MessageDigest.isEqual(sign(position, linkHash).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
		Optional<String> held = (position == 0) ? Optional.of(ChainHashes.GENESIS)
				: this.jdbc.sql("select link_hash from audit_chain where position = :position")
					.param("position", position)
					.query(String.class)
					.optional();
		List<String> differences = new ArrayList<>();
		if (!ours) {
			differences.add("The signature is not Opencall's: the head was not exported by this installation,"
					+ " or its position or link hash was changed since");
		}
		if (held.isEmpty()) {
			differences.add("The chain has no position " + position + " any more: it was cut short");
		}
		else if (!held.get().equals(linkHash)) {
			differences.add("The chain holds another link at position " + position + " (" + held.get()
					+ "): the history up to it was rewritten");
		}
		boolean holds = held.isPresent() && held.get().equals(linkHash);
		return new HeadChecked(ours, holds, position, linkHash, held.orElse(null), differences);
	}

	private SignedHead signed(long position, String linkHash, Instant at) {
		return new SignedHead(position, linkHash, at, sign(position, linkHash));
	}

	String sign(long position, String linkHash) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal((position + ":" + linkHash).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

	/** An exported head: its position, link hash, when it was sealed, and signature. */
	record SignedHead(long position, String linkHash, Instant at, String signature) {
	}

	/**
	 * An exported head compared with the chain: {@code signatureValid} when Opencall
	 * signed it, {@code chainHolds} when the chain still has that link at that position
	 * ({@code currentLinkHash}, null when the position is gone), and the differences in
	 * words.
	 */
	record HeadChecked(boolean signatureValid, boolean chainHolds, long position, String linkHash,
			String currentLinkHash, List<String> differences) {
	}

}
