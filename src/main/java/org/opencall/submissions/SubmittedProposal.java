package org.opencall.submissions;

/**
 * What names a proposal to the people who evaluate it, from the version submitted last:
 * its title, acronym and challenge, and its call. Nothing of its content: an expert reads
 * this before declaring whether they have a conflict of interest.
 */
public record SubmittedProposal(String reference, String callReference, String title, String acronym,
		String challenge) {
}
