package org.opencall.audit;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.audit.ChainVerification.BrokenLink;
import org.opencall.audit.ChainVerification.SealedRecord;
import org.opencall.platform.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

/** The hashes of the audit chain and the checks of one link, without a database. */
class ChainHashesTest {

	private static final Instant AT = Instant.parse("2027-01-15T09:00:00.123456Z");

	@Test
	void theContentHashIsTheSha256OfTheCanonicalJsonArrayOfTheRecordsParts() {
		String hash = ChainHashes.content("ScoreSubmitted", "eva", AT, List.of("S-000012", "HC-2027-01"),
				"{\"slot\":0}");

		assertThat(hash).isEqualTo(
				Sha256.hex("[\"ScoreSubmitted\",\"eva\",\"2027-01-15T09:00:00.123456Z\",[\"S-000012\",\"HC-2027-01\"],"
						+ "\"{\\\"slot\\\":0}\"]"));
		assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
	}

	@Test
	void nobodyActingIsANullActorInTheCanonicalString() {
		assertThat(ChainHashes.content("CallPublished", null, AT, List.of("HC-1"), "{}"))
			.isEqualTo(Sha256.hex("[\"CallPublished\",null,\"2027-01-15T09:00:00.123456Z\",[\"HC-1\"],\"{}\"]"))
			.isNotEqualTo(ChainHashes.content("CallPublished", "", AT, List.of("HC-1"), "{}"))
			.isNotEqualTo(ChainHashes.content("CallPublished", "null", AT, List.of("HC-1"), "{}"));
	}

	@Test
	void everyPartChangesTheHashAndNoPartCanBorrowFromItsNeighbour() {
		String hash = ChainHashes.content("K", "eva", AT, List.of("S-1", "HC-1"), "{}");

		assertThat(List.of(ChainHashes.content("L", "eva", AT, List.of("S-1", "HC-1"), "{}"),
				ChainHashes.content("K", "emil", AT, List.of("S-1", "HC-1"), "{}"),
				ChainHashes.content("K", "eva", AT.plusNanos(1000), List.of("S-1", "HC-1"), "{}"),
				ChainHashes.content("K", "eva", AT, List.of("HC-1", "S-1"), "{}"),
				ChainHashes.content("K", "eva", AT, List.of("S-1,HC-1"), "{}"),
				ChainHashes.content("K", "eva", AT, List.of("S-1", "HC-1"), "{ }")))
			.doesNotContain(hash)
			.doesNotHaveDuplicates();
		assertThat(ChainHashes.content("K", "eva", AT, List.of("S-1"), "x"))
			.isNotEqualTo(ChainHashes.content("K", "eva", AT, List.of("S-1\",\"x"), ""));
	}

	@Test
	void aLinkHashesThePreviousLinkFollowedByTheContentHashAndTheFirstFollowsZeros() {
		String content = ChainHashes.content("K", null, AT, List.of("S-1"), "{}");

		assertThat(ChainHashes.GENESIS).isEqualTo("0".repeat(64));
		assertThat(ChainHashes.link(ChainHashes.GENESIS, content)).isEqualTo(Sha256.hex("0".repeat(64) + content));
		assertThat(ChainHashes.link(content, ChainHashes.GENESIS))
			.isNotEqualTo(ChainHashes.link(ChainHashes.GENESIS, content));
	}

	@Test
	void aLinkHoldsWhenItsRecordSaysWhatWasSealedAfterThePreviousLink() {
		DomainRecord record = record("{\"score\":4}");
		String previous = ChainHashes.link(ChainHashes.GENESIS, "a".repeat(64));
		SealedRecord link = new SealedRecord(2, 7, previous, ChainHashes.link(previous, record.contentHash()), record);

		assertThat(ChainVerification.check(link, 1, previous)).isNull();
	}

	@Test
	void aChangedRecordIsNamedWithItsKindAndSubjects() {
		DomainRecord kept = record("{\"score\":4}");
		DomainRecord changed = new DomainRecord(kept.id(), kept.at(), kept.kind(), kept.actor(), kept.subjects(),
				"{\"score\":5}", kept.contentHash());
		SealedRecord link = new SealedRecord(1, 7, ChainHashes.GENESIS,
				ChainHashes.link(ChainHashes.GENESIS, kept.contentHash()), changed);

		BrokenLink broken = ChainVerification.check(link, 0, ChainHashes.GENESIS);

		assertThat(broken.position()).isEqualTo(1);
		assertThat(broken.recordId()).isEqualTo(7);
		assertThat(broken.kind()).isEqualTo("ScoreSubmitted");
		assertThat(broken.subjects()).containsExactly("S-000012", "HC-2027-01");
		assertThat(broken.reason()).contains("record was changed");
	}

	@Test
	void aRecordChangedTogetherWithItsHashBreaksItsLink() {
		DomainRecord kept = record("{\"score\":4}");
		DomainRecord rewritten = record("{\"score\":5}");
		SealedRecord link = new SealedRecord(1, 7, ChainHashes.GENESIS,
				ChainHashes.link(ChainHashes.GENESIS, kept.contentHash()), rewritten);

		assertThat(ChainVerification.check(link, 0, ChainHashes.GENESIS).reason())
			.contains("its link no longer matches");
	}

	@Test
	void aLinkThatDoesNotFollowThePreviousOneOrSkipsAPositionIsNamed() {
		DomainRecord record = record("{}");
		String previous = "b".repeat(64);
		SealedRecord link = new SealedRecord(3, 7, "c".repeat(64), ChainHashes.link(previous, record.contentHash()),
				record);

		assertThat(ChainVerification.check(link, 2, previous).reason()).contains("does not follow");
		assertThat(ChainVerification.check(link, 1, previous).reason()).contains("Position 2");
		assertThat(
				ChainVerification.check(new SealedRecord(3, 7, previous, "d".repeat(64), null), 2, previous).reason())
			.contains("missing");
	}

	private static DomainRecord record(String content) {
		return new DomainRecord(7, AT, "ScoreSubmitted", "eva", List.of("S-000012", "HC-2027-01"), content,
				ChainHashes.content("ScoreSubmitted", "eva", AT, List.of("S-000012", "HC-2027-01"), content));
	}

}
