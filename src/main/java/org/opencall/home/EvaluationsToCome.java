package org.opencall.home;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * An expert's panel while Opencall has no evaluation phase yet: it says plainly where
 * their work will appear and when, and shows nothing made up. The evaluation module
 * replaces it with its own section once it exists.
 */
@Component
class EvaluationsToCome implements HomeSection {

	static final String ID = "my-evaluations";

	private static final String EVALUATORS = "evaluators";

	@Override
	public List<HomePanel> panelsFor(Viewer viewer) {
		if (!viewer.is(EVALUATORS)) {
			return List.of();
		}
		return List.of(new HomePanel(ID, 10, "Your evaluations", List.of(),
				"No invitation or assignment waits for you. Invitations to evaluate, and the proposals "
						+ "assigned to you, will appear here once a call you evaluate closes; the scoring "
						+ "itself then comes to your tasks above, in Tasklist.",
				List.of(new HomeLink("Open and upcoming calls", "/calls"))));
	}

}
