package org.opencall.browser;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user of the API finds its description from the navigation: Swagger UI, served by
 * Opencall itself, runs its scripts and styles within the pages' Content-Security-Policy
 * and shows the operations it read from {@code /v3/api-docs}. (Swagger UI is not one of
 * Opencall's pages: axe-core does not check it.)
 */
@OpencallTest
class ApiPageBrowserTest extends BrowserTest {

	@Test
	void aLoggedInUserOpensTheJsonApiPageFromTheNavigation() throws Exception {
		Browser page = browser().logIn("alice");

		page.clickText("JSON API");

		assertThat(page.currentPath()).isEqualTo("/swagger-ui/index.html");
		assertThat(page.text(".info .title")).contains("Opencall JSON API");
		// its own stylesheet applies (a plain heading would be smaller)
		assertThat(page.find(".info .title").getCssValue("font-size")).isEqualTo("36px");
		assertThat(page.text("#operations-tag-submission")).contains("submission");
		assertThat(page.find(".scheme-container .authorize").isDisplayed()).isTrue();
	}

}
