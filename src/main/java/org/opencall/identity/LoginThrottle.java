package org.opencall.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without letting anybody lock a user out. Failed logins are
 * counted per client (remote address) and per client and account. After a few failures
 * that client, or that client for that account, must wait before its next attempt: the
 * first delay, then twice as long after each further failure, up to the longest delay. A
 * success forgets the client's failures for that account; a quiet period forgets
 * everything. Failures of one client never slow down the same account logging in from
 * another client.
 * <p>
 * The counts live in this node's memory, in a map of bounded size (the least recently
 * used entries go first): each node of a cluster throttles on its own, and a restart
 * forgets them.
 */
@Component
class LoginThrottle {

	private final Settings settings;

	private final Clock clock;

	private final Map<String, Failures> failures;

	@Autowired
	LoginThrottle(@Value("${opencall.login.free-failures-per-account}") int freeFailuresPerAccount,
			@Value("${opencall.login.free-failures-per-client}") int freeFailuresPerClient,
			@Value("${opencall.login.first-delay}") Duration firstDelay,
			@Value("${opencall.login.max-delay}") Duration maxDelay,
			@Value("${opencall.login.forget-after}") Duration forgetAfter,
			@Value("${opencall.login.max-tracked}") int maxTracked) {
		this(new Settings(freeFailuresPerAccount, freeFailuresPerClient, firstDelay, maxDelay, forgetAfter, maxTracked),
				Clock.systemUTC());
	}

	LoginThrottle(Settings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.failures = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
				return size() > settings.maxTracked();
			}
		};
	}

	/** How long this client must still wait before it may try this account again. */
	synchronized Duration waitBefore(String client, String userId) {
		Instant now = this.clock.instant();
		Duration forClient = remaining(this.failures.get(clientKey(client)), this.settings.freeFailuresPerClient(),
				now);
		Duration forAccount = remaining(this.failures.get(accountKey(client, userId)),
				this.settings.freeFailuresPerAccount(), now);
		return (forClient.compareTo(forAccount) > 0) ? forClient : forAccount;
	}

	synchronized void failed(String client, String userId) {
		Instant now = this.clock.instant();
		count(clientKey(client), now);
		count(accountKey(client, userId), now);
	}

	/**
	 * Forgets the client's failures for this account, not the client's own count: a login
	 * to one's own account must not reset the guessing of others'.
	 */
	synchronized void succeeded(String client, String userId) {
		this.failures.remove(accountKey(client, userId));
	}

	private void count(String key, Instant now) {
		Failures previous = this.failures.get(key);
		boolean forgotten = previous == null || previous.last().plus(this.settings.forgetAfter()).isBefore(now);
		this.failures.put(key, new Failures(forgotten ? 1 : previous.count() + 1, now));
	}

	private Duration remaining(Failures failures, int free, Instant now) {
		if (failures == null || failures.count() < free) {
			return Duration.ZERO;
		}
		Instant until = failures.last().plus(delay(failures.count() - free));
		return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
	}

	/**
	 * The first delay, doubled for each failure beyond the free ones, at most the max.
	 */
	private Duration delay(int beyondFree) {
		Duration max = this.settings.maxDelay();
		if (beyondFree >= 31) {
			return max;
		}
		Duration delay = this.settings.firstDelay().multipliedBy(1L << beyondFree);
		return (delay.compareTo(max) > 0) ? max : delay;
	}

	private static String clientKey(String client) {
		return "client " + client;
	}

	private static String accountKey(String client, String userId) {
		String account = (userId != null) ? userId.toLowerCase(Locale.ROOT) : "";
		return "account " + client + " " + account.substring(0, Math.min(account.length(), 100));
	}

	/**
	 * @param freeFailuresPerAccount failures of one client for one account before it
	 * waits
	 * @param freeFailuresPerClient failures of one client, any account, before it waits
	 * @param firstDelay the first wait, doubled after each further failure
	 * @param maxDelay the longest wait
	 * @param forgetAfter failures this long ago are forgotten
	 * @param maxTracked how many clients and client-account pairs are remembered
	 */
	record Settings(int freeFailuresPerAccount, int freeFailuresPerClient, Duration firstDelay, Duration maxDelay,
			Duration forgetAfter, int maxTracked) {
	}

	private record Failures(int count, Instant last) {
	}

}
