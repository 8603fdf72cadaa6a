package org.opencall.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.opencall.calls.ProgrammeCalls;
import org.opencall.calls.ProgrammeCalls.PublishedCall;
import org.opencall.cocreation.PilotFigures;
import org.opencall.cocreation.PilotFigures.PilotFigure;
import org.opencall.contracting.GrantFigures;
import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.identity.Programme;
import org.opencall.needs.NeedFigures;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.NotFoundException;
import org.opencall.reporting.ProgrammeReport.Breakdown;
import org.opencall.reporting.ProgrammeReport.CallFigures;
import org.opencall.reporting.ProgrammeReport.Indicator;
import org.opencall.reporting.ProgrammeReport.Money;
import org.opencall.reporting.ProgrammeReport.Needs;
import org.opencall.reporting.ProgrammeReport.Pilot;
import org.opencall.reporting.ProgrammeReport.Success;
import org.opencall.reporting.ProgrammeReport.Timing;
import org.opencall.selection.DecidedProposal;
import org.opencall.selection.DecisionDates;
import org.opencall.selection.FundingDecisions;
import org.opencall.submissions.SubmissionFigures;
import org.opencall.submissions.SubmissionFigures.Submitted;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a programme's report over a period from the modules that own each figure,
 * through their public queries: needs, the programme's published calls, their
 * submissions, decisions, signed grants, pilots and payments. The period runs from the
 * first day's start to the last day's end, in UTC.
 */
@Component
@Transactional(readOnly = true)
public class ProgrammeFigures {

	/** The start of an open-ended period: before anything Opencall stores. */
	static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private final Directory directory;

	private final NeedFigures needs;

	private final ProgrammeCalls calls;

	private final SubmissionFigures submissions;

	private final FundingDecisions decisions;

	private final DecisionDates decisionDates;

	private final GrantFigures grants;

	private final PilotFigures pilots;

	private final Clock clock;

	ProgrammeFigures(Directory directory, NeedFigures needs, ProgrammeCalls calls, SubmissionFigures submissions,
			FundingDecisions decisions, DecisionDates decisionDates, GrantFigures grants, PilotFigures pilots,
			Clock clock) {
		this.directory = directory;
		this.needs = needs;
		this.calls = calls;
		this.submissions = submissions;
		this.decisions = decisions;
		this.decisionDates = decisionDates;
		this.grants = grants;
		this.pilots = pilots;
		this.clock = clock;
	}

	/**
	 * The programme's report over the period; an unknown programme is refused in words, a
	 * period without data answers an empty report.
	 */
	public ProgrammeReport of(String programmeCode, ReportPeriod period) {
		Programme programme = programme(programmeCode);
		Instant from = start(period);
		Instant until = end(period);
		Needs needCounts = toNeeds(this.needs.of(programme.code(), from, until));
		List<CallFigures> perCall = new ArrayList<>();
		Map<String, int[]> perCountry = new TreeMap<>();
		Map<String, int[]> perType = new TreeMap<>();
		List<Long> toDecision = new ArrayList<>();
		List<Long> toSignature = new ArrayList<>();
		Map<String, BigDecimal[]> money = new TreeMap<>();
		List<Pilot> pilotRows = new ArrayList<>();
		Map<UUID, Optional<Organisation>> organisations = new java.util.HashMap<>();
		for (PublishedCall call : this.calls.of(programme.code())) {
			Set<String> selected = selectedOf(call.reference());
			int submitted = 0;
			int eligible = 0;
			int chosen = 0;
			for (Submitted proposal : this.submissions.ofCall(call.reference(), from, until)) {
				boolean isSelected = selected.contains(proposal.reference());
				submitted++;
				eligible += proposal.eligible() ? 1 : 0;
				chosen += isSelected ? 1 : 0;
				Optional<Organisation> organisation = organisations.computeIfAbsent(proposal.organisationId(),
						this.directory::organisation);
				count(perCountry, organisation.map((o) -> country(o.country())).orElse("Unknown"), proposal,
						isSelected);
				count(perType, organisation.map((o) -> o.type().label()).orElse("Unknown"), proposal, isSelected);
			}
			if (submitted > 0) {
				perCall.add(new CallFigures(call.reference(), call.title(), submitted, eligible, chosen,
						rate(chosen, eligible)));
			}
			this.decisionDates.decidedAt(call.reference())
				.filter((at) -> within(at, from, until))
				.ifPresent((at) -> toDecision.add(days(call.deadline(), at)));
			for (GrantFigures.Signed grant : this.grants.signedOf(call.reference())) {
				if (within(grant.signedAt(), from, until)) {
					toSignature.add(days(call.deadline(), grant.signedAt()));
					money.computeIfAbsent(grant.currency(), (c) -> zeros())[0] = money.get(grant.currency())[0]
						.add(grant.amount());
				}
			}
			BigDecimal paid = this.pilots.releasedTo(call.reference(), from, until);
			if (paid.signum() > 0) {
				money.computeIfAbsent(call.currency(), (c) -> zeros())[1] = money.get(call.currency())[1].add(paid);
			}
			for (PilotFigure pilot : this.pilots.ofCall(call.reference())) {
				boolean running = pilot.openedAt().isBefore(until)
						&& (pilot.closedAt() == null || !pilot.closedAt().isBefore(from));
				if (running) {
					pilotRows.add(toPilot(call.reference(), pilot));
				}
			}
		}
		int eligibleTotal = perCall.stream().mapToInt(CallFigures::eligible).sum();
		int selectedTotal = perCall.stream().mapToInt(CallFigures::selected).sum();
		return new ProgrammeReport(programme.code(), programme.name(), LocalDate.ofInstant(from, ZoneOffset.UTC),
				LocalDate.ofInstant(until.minusNanos(1), ZoneOffset.UTC), this.clock.instant(), needCounts, perCall,
				breakdowns(perCountry), breakdowns(perType),
				new Success(eligibleTotal, selectedTotal, rate(selectedTotal, eligibleTotal)), timing(toDecision),
				timing(toSignature),
				money.entrySet().stream().map((e) -> new Money(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
				pilotRows);
	}

	/** The programme, or a refusal in words for an unknown code. */
	public Programme programme(String programmeCode) {
		if (programmeCode == null || programmeCode.isBlank()) {
			throw InvalidInputException.of("programme", "is required: name the programme to report on");
		}
		return this.directory.programme(programmeCode)
			.orElseThrow(() -> new NotFoundException("There is no programme " + shown(programmeCode)));
	}

	private Set<String> selectedOf(String callReference) {
		Set<String> selected = new HashSet<>();
		this.decisions.of(callReference)
			.ifPresent((funding) -> funding.selected()
				.stream()
				.map(DecidedProposal::submissionReference)
				.forEach(selected::add));
		return selected;
	}

	private static Needs toNeeds(NeedFigures.Counts counts) {
		return new Needs(counts.received(), counts.validated(), counts.turnedIntoChallenges());
	}

	private static Pilot toPilot(String callReference, PilotFigure pilot) {
		return new Pilot(pilot.grantReference(), callReference, pilot.title(), pilot.company(),
				pilot.hostOrganisation(), pilot.needReferences(), pilot.outcome(),
				pilot.indicators()
					.stream()
					.map((i) -> new Indicator(i.name(), i.unit(), i.baseline(), i.target(), i.finalValue()))
					.toList());
	}

	private static void count(Map<String, int[]> counts, String name, Submitted proposal, boolean selected) {
		int[] values = counts.computeIfAbsent(name, (n) -> new int[3]);
		values[0]++;
		values[1] += proposal.eligible() ? 1 : 0;
		values[2] += selected ? 1 : 0;
	}

	private static List<Breakdown> breakdowns(Map<String, int[]> counts) {
		return counts.entrySet()
			.stream()
			.map((e) -> new Breakdown(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.toList();
	}

	private static BigDecimal[] zeros() {
		return new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO };
	}

	/** Per cent to one place; none without anything to divide by. */
	static BigDecimal rate(int part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	static Timing timing(List<Long> days) {
		if (days.isEmpty()) {
			return new Timing(0, null, null);
		}
		List<Long> sorted = days.stream().sorted().toList();
		int middle = sorted.size() / 2;
		BigDecimal median = (sorted.size() % 2 == 1) ? BigDecimal.valueOf(sorted.get(middle))
				: BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle))
					.divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
		return new Timing(sorted.size(), median, sorted.get(sorted.size() - 1));
	}

	/**
	 * Whole days from the deadline to the event; none before the deadline counts less
	 * than 0.
	 */
	static long days(Instant deadline, Instant at) {
		return Math.max(0, Duration.between(deadline, at).toDays());
	}

	private static boolean within(Instant at, Instant from, Instant until) {
		return !at.isBefore(from) && at.isBefore(until);
	}

	private static String country(String code) {
		String name = new Locale("", code).getDisplayCountry(Locale.UK);
		return (name.isBlank() || name.equals(code)) ? code : name;
	}

	private static String shown(String code) {
		return (code.length() <= 40) ? "\"" + code.replaceAll("\\p{Cntrl}", "?") + "\"" : "of that name";
	}

	/** The first day's start; without one, the first day anything was stated. */
	private static Instant start(ReportPeriod period) {
		return (period.from() != null) ? period.from().atStartOfDay(ZoneOffset.UTC).toInstant() : EARLIEST;
	}

	/** The end of the last day (the next one's start); without one, the end of today. */
	private Instant end(ReportPeriod period) {
		LocalDate last = (period.to() != null) ? period.to()
				: LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/**
	 * The period between two moments, as a report of the reporting process covers it:
	 * from the first's day to the day before the second (a day's start) or its own day.
	 */
	static ReportPeriod between(Instant from, Instant until) {
		LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
		LocalDate last = LocalDate.ofInstant(until.minusNanos(1), ZoneOffset.UTC);
		return new ReportPeriod(first, last.isBefore(first) ? first : last);
	}

}
