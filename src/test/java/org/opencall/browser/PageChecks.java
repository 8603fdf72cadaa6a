package org.opencall.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What every page of Opencall a browser test visits must pass: axe-core's WCAG 2.2 A and
 * AA rules without a serious or critical violation, and, at a phone's width, no sideways
 * scrolling. Camunda's own webapps are theirs, not ours, and are left out.
 */
final class PageChecks {

	private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final List<String> BLOCKING = List.of("serious", "critical");

	private PageChecks() {
	}

	static boolean isOurs(String path) {
		return !path.startsWith("/camunda/") && !path.startsWith("/engine-rest/") && !path.startsWith("/swagger-ui/");
	}

	/**
	 * Fails with every serious or critical violation of the page, each with its elements.
	 */
	static void accessible(WebDriver driver, String path) {
		Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
		if (results.isErrored()) {
			throw new AssertionError("axe-core could not check " + path + ": " + results.getErrorMessage());
		}
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter((rule) -> BLOCKING.contains(rule.getImpact()))
			.toList();
		if (!blocking.isEmpty()) {
			throw new AssertionError("Accessibility violations on " + path + ":\n"
					+ blocking.stream().map(PageChecks::describe).collect(Collectors.joining("\n")));
		}
	}

	/** Fails when the page is wider than the window it is shown in. */
	static void fitsWidth(WebDriver driver, String path) {
		Number overflow = (Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		if (overflow.intValue() > 0) {
			String widest = (String) ((JavascriptExecutor) driver).executeScript(
					"""
							const width = document.documentElement.clientWidth;
							return Array.from(document.querySelectorAll('body *'))
								.filter((e) => e.getBoundingClientRect().right > width + 1)
								.slice(0, 5)
								.map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
									+ (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
									+ ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
								.join(', ');
							""");
			throw new AssertionError(
					path + " scrolls sideways by " + overflow + " px at phone width; too wide: " + widest);
		}
	}

	private static String describe(Rule rule) {
		return "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n"
				+ rule.getNodes().stream().limit(5).map(PageChecks::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "    " + node.getTarget() + " " + abbreviated(node.getHtml());
	}

	private static String abbreviated(String html) {
		return (html.length() > 160) ? html.substring(0, 160) + "…" : html;
	}

}
