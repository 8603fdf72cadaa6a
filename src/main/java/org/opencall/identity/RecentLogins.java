package org.opencall.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The user names and passwords that passed the engine's check a moment ago, with the
 * user's groups: an API client sends HTTP Basic with every request, and checking each
 * against the database cost a transaction per call. Kept in memory for a short while
 * ({@code opencall.login.remember-for}, off at zero), as an HMAC under a key this node
 * draws at start and never stores — never the password itself. A wrong password is never
 * remembered, so it always reaches the check and the throttle. Any change of users,
 * groups, memberships or passwords through Opencall or the engine's APIs forgets every
 * entry of this node; another node forgets within the same while.
 */
@Component
class RecentLogins {

	private static final String HMAC = "HmacSHA256";

	private final Cache<String, Set<String>> verified;

	private final SecretKeySpec key;

	private final boolean enabled;

	RecentLogins(@Value("${opencall.login.remember-for}") Duration rememberFor,
			@Value("${opencall.login.max-tracked}") int maxTracked) {
		this.enabled = !rememberFor.isZero() && !rememberFor.isNegative();
		this.verified = Caffeine.newBuilder()
			.expireAfterWrite(this.enabled ? rememberFor : Duration.ofNanos(1))
			.maximumSize(maxTracked)
			.build();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, HMAC);
	}

	/** The groups of a user whose password passed the check a moment ago, or null. */
	Set<String> groupsOf(String userId, String password) {
		return this.enabled ? this.verified.getIfPresent(keyOf(userId, password)) : null;
	}

	void remember(String userId, String password, Set<String> groups) {
		if (this.enabled) {
			this.verified.put(keyOf(userId, password), Set.copyOf(groups));
		}
	}

	/** After a change of who is who: every login is checked against the engine again. */
	void forgetAll() {
		this.verified.invalidateAll();
	}

	private String keyOf(String userId, String password) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.key);
			mac.update(userId.getBytes(StandardCharsets.UTF_8));
			// a separator no user name or password contains: "ab"+"c" is not "a"+"bc"
			mac.update((byte) 0);
			return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

}
