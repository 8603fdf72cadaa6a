package org.opencall.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.opencall.selection.domain.EvaluatedProposal;
import org.opencall.selection.domain.OrderAdjustment;
import org.opencall.selection.domain.PanelAdjustment;
import org.opencall.selection.domain.RankedProposal;
import org.opencall.selection.domain.RankingCriterion;
import org.opencall.selection.domain.RankingProposals;
import org.opencall.selection.domain.RankingResult;
import org.opencall.selection.domain.RankingTerms;
import org.opencall.selection.domain.ScoreAdjustment;

/**
 * Ranking: 10,000 evaluated proposals × 3 criteria (Impact weighted 1.5) with about 100
 * panel adjustments (80 score changes, 20 moves), ranked and funded down a budget that
 * covers about a sixth of the requests. Consensus scores come from a proposal's quality
 * (mean 3.4, spread 0.75) plus each criterion's own spread (0.5), in half points, so that
 * about half pass and equal weighted scores are common. Prints the time of one ranking
 * after warm-up (median, fastest and slowest of the measured rounds) and the heap it
 * needs: the peaks of the heap pools, reset just before one ranking, and the bytes it
 * allocates. The pom runs it in its own JVM with {@code -Xmx512m}.
 */
public final class RankingBenchmark {

	private static final int PROPOSALS = Integer.getInteger("bench.ranking.proposals", 10_000);

	private static final int SCORE_CHANGES = 80;

	private static final int MOVES = 20;

	private static final int WARM_UP = 30;

	private static final int ROUNDS = 20;

	private static final List<String> CRITERIA = List.of("Excellence", "Impact",
			"Quality and efficiency of the implementation");

	private static final Instant DEADLINE = Instant.parse("2026-10-15T15:00:00Z");

	private static final long MB = 1024 * 1024;

	private RankingBenchmark() {
	}

	public static void main(String[] args) {
		Random random = new Random(2026);
		List<EvaluatedProposal> proposals = proposals(random);
		BigDecimal requested = proposals.stream()
			.map(EvaluatedProposal::requestedAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		RankingTerms terms = RankingTerms.withDefaultTieBreaks(
				List.of(RankingCriterion.named(CRITERIA.get(0)),
						new RankingCriterion(CRITERIA.get(1), null, new BigDecimal("1.5")),
						RankingCriterion.named(CRITERIA.get(2))),
				null, requested.divide(BigDecimal.valueOf(6), 0, RoundingMode.DOWN), null);
		List<PanelAdjustment> adjustments = adjustments(random, terms, proposals);

		for (int i = 0; i < WARM_UP; i++) {
			RankingProposals.rank(terms, proposals, adjustments);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] millis = new long[ROUNDS];
		long[] cpuMillis = new long[ROUNDS];
		RankingResult result = null;
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			result = RankingProposals.rank(terms, proposals, adjustments);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
			cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
		}
		Arrays.sort(millis);
		Arrays.sort(cpuMillis);

		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		long inUse = heap.stream().mapToLong((pool) -> pool.getUsage().getUsed()).sum();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long allocatedBefore = allocated(threads);
		RankingResult measured = RankingProposals.rank(terms, proposals, adjustments);
		long allocated = allocated(threads) - allocatedBefore;
		long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();

		System.out.printf("Ranking of %,d proposals x %d criteria with %d panel adjustments (%d score changes,"
				+ " %d moves):%n", PROPOSALS, CRITERIA.size(), adjustments.size(), SCORE_CHANGES, MOVES);
		// the CPU time of the ranking thread says what the machine's other load hides
		System.out.printf("  time after %d warm-up rankings, %d rounds: median %,d ms (fastest %,d ms, slowest %,d ms);"
				+ " CPU median %,d ms (fastest %,d ms)%n", WARM_UP, ROUNDS, millis[ROUNDS / 2], millis[0],
				millis[ROUNDS - 1], cpuMillis[ROUNDS / 2], cpuMillis[0]);
		System.out.printf("  heap: %,d MB in use before one ranking (the input); peak during it %,d MB"
				+ " (sum of the heap pools' peaks); %s allocated by it; max heap %,d MB%n", inUse / MB, peak / MB,
				(allocated >= 0) ? String.format("%,d MB", allocated / MB) : "unknown",
				Runtime.getRuntime().maxMemory() / MB);
		System.out.printf("  outcome: %,d passing (%,d selected, %,d reserve), %,d rejected; budget %,.0f,"
				+ " committed %,.0f, line at rank %s%n", measured.selectedCount() + measured.reserveCount(),
				measured.selectedCount(), measured.reserveCount(), measured.rejectedCount(), measured.budget(),
				measured.committed(), measured.budgetLineRank());
		System.out.printf("  places decided by a tie-break rather than the weighted score: %,d%n",
				measured.entries()
					.stream()
					.map(RankedProposal::placeDecidedBy)
					.filter((decided) -> decided != null && decided.contains(" on an equal "))
					.count());
		System.out.printf("  every round gave the same ranking: %s%n", measured.equals(result));
	}

	private static List<EvaluatedProposal> proposals(Random random) {
		List<EvaluatedProposal> proposals = new ArrayList<>(PROPOSALS);
		for (int i = 0; i < PROPOSALS; i++) {
			double quality = 3.4 + random.nextGaussian() * 0.75;
			Map<String, BigDecimal> scores = new HashMap<>();
			for (String criterion : CRITERIA) {
				scores.put(criterion, halfPoints(quality + random.nextGaussian() * 0.5));
			}
			// requests of €50,000 to €2,500,000, most of them small
			long request = Math.round(50_000 * Math.exp(random.nextDouble() * Math.log(50)) / 1_000) * 1_000;
			// most proposals arrive in the last days before the deadline
			long secondsBefore = (long) (Duration.ofDays(42).toSeconds() * Math.pow(random.nextDouble(), 3));
			proposals.add(new EvaluatedProposal(String.format("OC-2026-%05d", i + 1), "Organisation " + (i % 3_000),
					BigDecimal.valueOf(request), DEADLINE.minusSeconds(secondsBefore), scores));
		}
		return proposals;
	}

	private static BigDecimal halfPoints(double score) {
		double clipped = Math.max(0, Math.min(5, score));
		return BigDecimal.valueOf(Math.round(clipped * 2)).divide(BigDecimal.valueOf(2)).setScale(1);
	}

	/** Score changes of half a point up or down, then moves of passing proposals. */
	private static List<PanelAdjustment> adjustments(Random random, RankingTerms terms,
			List<EvaluatedProposal> proposals) {
		Map<String, BigDecimal> current = new HashMap<>();
		List<PanelAdjustment> adjustments = new ArrayList<>();
		Instant at = DEADLINE.plus(Duration.ofDays(60));
		for (int i = 0; i < SCORE_CHANGES; i++) {
			EvaluatedProposal proposal = proposals.get(random.nextInt(proposals.size()));
			String criterion = CRITERIA.get(random.nextInt(CRITERIA.size()));
			String key = proposal.submissionReference() + "/" + criterion;
			BigDecimal before = current.getOrDefault(key, proposal.consensusScores().get(criterion));
			BigDecimal step = new BigDecimal((before.signum() == 0 || (before.intValue() < 5 && random.nextBoolean()))
					? "0.5" : "-0.5");
			BigDecimal after = before.add(step);
			current.put(key, after);
			adjustments.add(new ScoreAdjustment(proposal.submissionReference(), criterion, before, after,
					"The panel reread the section and agreed on a different score", "panel-chair",
					at.plusSeconds(60L * i)));
		}
		List<RankedProposal> passing = RankingProposals.rank(terms, proposals, adjustments)
			.entries()
			.stream()
			.filter((entry) -> entry.rank() != null)
			.toList();
		for (int i = 0; i < MOVES; i++) {
			RankedProposal moved = passing.get(random.nextInt(passing.size()));
			adjustments.add(new OrderAdjustment(moved.submissionReference(), 1 + random.nextInt(passing.size()),
					"Ex aequo in substance; the panel favours the wider pilot", "panel-chair",
					at.plus(Duration.ofDays(1)).plusSeconds(60L * i)));
		}
		return adjustments;
	}

	private static long allocated(ThreadMXBean threads) {
		if (threads instanceof com.sun.management.ThreadMXBean counting) {
			return counting.getCurrentThreadAllocatedBytes();
		}
		return -1;
	}

}
