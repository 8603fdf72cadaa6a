package org.opencall.selection;

import java.util.ArrayList;
import java.util.List;

import org.opencall.home.HomeItem;
import org.opencall.home.HomeLink;
import org.opencall.home.HomePanel;
import org.opencall.home.HomeSection;
import org.opencall.home.Viewer;
import org.opencall.identity.Roles;
import org.opencall.platform.PageFormat;
import org.opencall.selection.ResultLetters.Letter;
import org.opencall.submissions.OwnProposal;
import org.opencall.submissions.SubmissionQueries;

import org.springframework.stereotype.Component;

/**
 * The applicant's home: the results of their organisation's proposals, each with its
 * letter and, while the window is open, the way to ask for redress.
 */
@Component
class ResultsHomeSection implements HomeSection {

	static final String ID = "my-results";

	private final SubmissionQueries submissions;

	private final ResultLetters letters;

	private final PageFormat format;

	ResultsHomeSection(SubmissionQueries submissions, ResultLetters letters, PageFormat format) {
		this.submissions = submissions;
		this.letters = letters;
		this.format = format;
	}

	@Override
	public List<HomePanel> panelsFor(Viewer viewer) {
		if (!viewer.is(Roles.APPLICANTS)) {
			return List.of();
		}
		List<HomeItem> items = new ArrayList<>();
		for (OwnProposal proposal : this.submissions.ownProposals(viewer.user())) {
			String reference = proposal.workingCopy().reference();
			this.letters.latest(reference).ifPresent((letter) -> items.add(item(reference, letter)));
		}
		if (items.isEmpty()) {
			return List.of();
		}
		return List.of(new HomePanel(ID, 15, "Your results", items,
				"No result yet: results come by mail and appear here once the funding decision is taken.", List.of()));
	}

	private HomeItem item(String reference, Letter letter) {
		EvaluationSummary summary = letter.summary();
		return new HomeItem(reference + " · " + summary.proposalTitle(), "/submissions/" + reference + "/result",
				summary.resultText(), summary.result(),
				List.of(summary.reason(),
						"Redress possible until "
								+ this.format.dateTime(summary.redressDeadline(), summary.timeZone().getId())),
				"Read the evaluation summary report", List.of(new HomeLink("Evaluation summary report (PDF)",
						"/submissions/" + reference + "/evaluation-summary.pdf")));
	}

}
