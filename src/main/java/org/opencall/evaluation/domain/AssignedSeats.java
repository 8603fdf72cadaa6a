package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The experts a call's assignment gives each proposal, in the order they take the
 * proposal's slots, with their affinity. Stored with the assignment as one value, so that
 * a call's assignment is read and saved in one statement however many proposals it has.
 */
public record AssignedSeats(List<Seat> seats) {

	public AssignedSeats {
		seats = List.copyOf(seats);
	}

	/** One expert on one proposal: {@code slot} counts from 0. */
	public record Seat(String submission, int slot, String expert, int affinity) {
	}

	public static AssignedSeats of(ExpertAssignment assignment) {
		List<Seat> seats = new ArrayList<>();
		new TreeMap<>(assignment.expertsByReference()).forEach((submission, experts) -> {
			for (int slot = 0; slot < experts.size(); slot++) {
				seats.add(new Seat(submission, slot, experts.get(slot).username(), experts.get(slot).affinity()));
			}
		});
		return new AssignedSeats(seats);
	}

	/** The experts of each proposal, by reference, in slot order. */
	public Map<String, List<Seat>> bySubmission() {
		Map<String, List<Seat>> bySubmission = new LinkedHashMap<>();
		this.seats.stream()
			.sorted(Comparator.comparing(Seat::submission).thenComparingInt(Seat::slot))
			.forEach((seat) -> bySubmission.computeIfAbsent(seat.submission(), (s) -> new ArrayList<>()).add(seat));
		return bySubmission;
	}

	/** How many proposals each expert has, by expert. */
	public Map<String, Integer> loads() {
		Map<String, Integer> loads = new TreeMap<>();
		this.seats.forEach((seat) -> loads.merge(seat.expert(), 1, Integer::sum));
		return loads;
	}

	public int totalAffinity() {
		return this.seats.stream().mapToInt(Seat::affinity).sum();
	}

	List<Seat> of(String submission) {
		return this.seats.stream().filter((seat) -> seat.submission().equals(submission)).toList();
	}

	AssignedSeats swapped(String submission, String out, String in, int affinity) {
		return new AssignedSeats(this.seats.stream()
			.map((seat) -> (seat.submission().equals(submission) && seat.expert().equals(out))
					? new Seat(submission, seat.slot(), in, affinity) : seat)
			.toList());
	}

}
