package org.opencall.submissions.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.calls.CallView;
import org.opencall.identity.OrganisationType;
import org.opencall.submissions.DocumentView;
import org.opencall.submissions.OwnProposal;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.domain.Declaration;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the proposal page shows besides the form: the call and its rules, the proposal's
 * submitted version and what keeps the working copy from being submitted, and after a
 * refusal what was saved.
 */
final class ProposalPage {

	/** Countries are named up to this many; beyond, counted. */
	private static final int COUNTRIES_NAMED = 6;

	private ProposalPage() {
	}

	/** A proposal not drafted yet. */
	static String fresh(Model model, CallView call, ProposalForm form, ProposalDrafting drafting) {
		return of(model, call, null, form, drafting);
	}

	static String of(Model model, CallView call, OwnProposal proposal, ProposalForm form, ProposalDrafting drafting) {
		model.addAttribute("call", call);
		model.addAttribute("form", form);
		model.addAttribute("proposal", proposal);
		model.addAttribute("submission", (proposal != null) ? proposal.workingCopy() : null);
		model.addAttribute("declarationOptions", Declaration.values());
		model.addAttribute("documentTypes", drafting.documentTypes());
		model.addAttribute("mandatoryDocuments", drafting.mandatoryDocuments());
		model.addAttribute("whoMayApply", whoMayApply(call));
		Map<String, DocumentView> current = new HashMap<>();
		if (proposal != null) {
			proposal.workingCopy().documents().forEach((d) -> current.put(d.type(), d));
		}
		model.addAttribute("currentDocuments", current);
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		BindingResult result = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
		boolean refused = result != null && result.hasErrors();
		model.addAttribute("documentErrors", refused ? ProposalErrors.ofDocuments(result) : Map.of());
		model.addAttribute("organisationErrors", refused ? ProposalErrors.ofOrganisation(result) : List.of());
		if (refused && Boolean.TRUE.equals(model.getAttribute("savedBeforeRefusal"))) {
			int count = result.getErrorCount();
			model.addAttribute("errorHeading", "Your changes were saved; "
					+ ((count == 1) ? "one problem is left" : count + " problems are left"));
		}
		return "submissions/form";
	}

	/** The kinds of organisation and the countries the call takes, in words. */
	private static String whoMayApply(CallView call) {
		String types = call.eligibleOrganisationTypes()
			.stream()
			.map(ProposalPage::typeLabel)
			.sorted()
			.collect(Collectors.joining(", "));
		Set<String> countries = call.eligibleCountries();
		String from = (countries.size() > COUNTRIES_NAMED) ? countries.size() + " countries"
				: countries.stream()
					.map((code) -> new Locale("", code).getDisplayCountry(Locale.UK))
					.sorted()
					.collect(Collectors.joining(", "));
		return types + " from " + from;
	}

	private static String typeLabel(String type) {
		try {
			return OrganisationType.valueOf(type).label();
		}
		catch (IllegalArgumentException ex) {
			return type;
		}
	}

	/**
	 * After a refusal: whether the edits were saved, and a chosen file to choose again.
	 */
	static void refusal(Model model, boolean saved, boolean chosenDocument) {
		model.addAttribute("savedBeforeRefusal", saved);
		if (chosenDocument) {
			model.addAttribute("chooseFileAgain",
					"The chosen file was not uploaded; choose it again (a page cannot keep a file you chose).");
		}
	}

	/** What was saved before the action and what the action did, in words. */
	static String savedMessage(boolean withEdits, String uploaded, String done) {
		List<String> saved = new ArrayList<>();
		if (withEdits) {
			saved.add("Your changes were saved");
		}
		if (uploaded != null) {
			saved.add(uploaded + " was uploaded");
		}
		String what = String.join(" and ", saved);
		if (done != null) {
			return what.isEmpty() ? done : done + " " + what + " first.";
		}
		return what.isEmpty() ? "Nothing was changed." : what + ".";
	}

}
