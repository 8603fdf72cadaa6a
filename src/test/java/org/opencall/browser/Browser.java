package org.opencall.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, as a person would use the
 * pages: log in, follow links, fill forms. Never downloads a browser.
 */
final class Browser implements AutoCloseable {

	private static final String CHROMIUM = System.getProperty("opencall.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("opencall.chromedriver", "/usr/bin/chromedriver");

	/**
	 * Whether clicking the element loads another page of Opencall: a link elsewhere, or a
	 * submit button of a plain form. The Camunda webapps are single pages.
	 */
	private static final String LEAVES_PAGE = """
			const element = arguments[0];
			if (location.pathname.startsWith('/camunda/')) return false;
			const link = element.closest('a[href]');
			if (link) return !link.getAttribute('href').startsWith('#') && link.target !== '_blank'
				&& !link.hasAttribute('download');
			const button = element.closest('button, input[type=submit]');
			return !!(button && button.form && (button.type === 'submit') && !button.form.hasAttribute('data-script-submit'));
			""";

	private final ChromeDriver driver;

	private final String baseUrl;

	private Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	static Browser open(int port) throws IOException {
		Path profile = Files.createTempDirectory("opencall-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
	}

	Browser visit(String path) {
		this.driver.get(this.baseUrl + path);
		checkPage();
		return this;
	}

	/**
	 * Checks the page now shown with axe-core when it is one of Opencall's own; called
	 * after every page load, and by tests after a page changed in place.
	 */
	Browser checkPage() {
		String path = currentPath();
		if (PageChecks.isOurs(path)) {
			PageChecks.accessible(this.driver, path);
		}
		return this;
	}

	/**
	 * Shows the page at a phone's width (390 × 844), fails when it scrolls sideways,
	 * keeps a screenshot ({@code target/screenshots/phone-<name>.png}) and returns to
	 * desktop width.
	 */
	Browser atPhoneWidth(String name) {
		Dimension desktop = this.driver.manage().window().getSize();
		this.driver.manage().window().setSize(new Dimension(390, 844));
		try {
			screenshot("phone-" + name);
			PageChecks.fitsWidth(this.driver, currentPath());
			PageChecks.accessible(this.driver, currentPath());
		}
		finally {
			this.driver.manage().window().setSize(desktop);
		}
		return this;
	}

	Browser logIn(String user) {
		return logIn(user, "demo");
	}

	Browser logIn(String user, String password) {
		visit("/login");
		find("#username").sendKeys(user);
		find("#password").sendKeys(password);
		click("#login");
		// the next page must not interrupt the login's answer
		waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		return this;
	}

	Browser logOut() {
		this.driver.manage().deleteAllCookies();
		return this;
	}

	WebElement find(String css) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	/**
	 * Clicks like a person; when the click leaves the page (a link, a form's submit
	 * button), waits until the next page has loaded, so that nothing read afterwards
	 * comes from the page that was left.
	 */
	Browser click(String css) {
		clickAndAwaitNextPage(waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(css))));
		return this;
	}

	Browser clickText(String text) {
		WebElement element = waitUntil(
				ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())=\"" + text + "\"]")));
		// fixed headers and footers of the webapps must not cover what a person would
		// scroll to
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		clickAndAwaitNextPage(element);
		return this;
	}

	private void clickAndAwaitNextPage(WebElement element) {
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		boolean leavesPage = Boolean.TRUE.equals(script.executeScript(LEAVES_PAGE, element));
		if (leavesPage) {
			script.executeScript("window.opencallPageLeft = true");
		}
		element.click();
		if (leavesPage) {
			waitUntil((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
				.executeScript("return !window.opencallPageLeft && document.readyState === 'complete'")));
			checkPage();
		}
	}

	/**
	 * Clicks a button that asks before it acts ({@code data-confirm}), reads the question
	 * and accepts it as a person would, then waits for the next page; returns the
	 * question.
	 */
	String clickAndConfirm(String css) {
		WebElement button = waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
		((JavascriptExecutor) this.driver).executeScript("window.opencallPageLeft = true");
		button.click();
		org.openqa.selenium.Alert dialog = waitUntil(ExpectedConditions.alertIsPresent());
		String question = dialog.getText();
		dialog.accept();
		waitUntil((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return !window.opencallPageLeft && document.readyState === 'complete'")));
		checkPage();
		return question;
	}

	/**
	 * Clicks a submit button that asks before it acts, accepts its question as a person
	 * would, and returns what the browser then says of the first field its form refuses
	 * to send (a required field left empty), or null when it refuses none; the page
	 * stays.
	 */
	String clickAndConfirmRefused(String css) {
		WebElement button = waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
		button.click();
		waitUntil(ExpectedConditions.alertIsPresent()).accept();
		return (String) ((JavascriptExecutor) this.driver).executeScript(
				"const refused = arguments[0].form.querySelector('input:invalid, select:invalid, textarea:invalid'); return refused ? refused.validationMessage : null",
				button);
	}

	Browser type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	Browser select(String css, String visibleText) {
		new org.openqa.selenium.support.ui.Select(find(css)).selectByVisibleText(visibleText);
		return this;
	}

	/** Sets a value the way a date picker would, independent of the browser's locale. */
	Browser set(String css, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]", find(css), value);
		return this;
	}

	/** The text of an element of the current page, read again if the page changes. */
	String text(String css) {
		return waitUntil((driver) -> {
			try {
				WebElement element = driver.findElement(By.cssSelector(css));
				return element.isDisplayed() ? element.getText() : null;
			}
			catch (StaleElementReferenceException | NoSuchElementException ex) {
				return null;
			}
		});
	}

	/**
	 * Clicks the first shown element of those the selector finds (some may be hidden).
	 */
	Browser clickShown(String css) {
		WebElement shown = waitUntil((driver) -> driver.findElements(By.cssSelector(css))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElse(null));
		clickAndAwaitNextPage(shown);
		return this;
	}

	/** The value of a form field of the current page, as a person reads it there. */
	String value(String css) {
		return find(css).getDomProperty("value");
	}

	/**
	 * Waits until the browser shows a page whose path starts so, as after a webapp sent
	 * it to another page; checks it when it is one of Opencall's own.
	 */
	Browser waitForPath(String prefix) {
		waitUntil((driver) -> currentPath().startsWith(prefix) && Boolean.TRUE
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState === 'complete'")));
		return checkPage();
	}

	/** An attribute of every element the selector finds on the loaded page. */
	java.util.List<String> attributes(String css, String attribute) {
		return this.driver.findElements(By.cssSelector(css)).stream().map((e) -> e.getDomAttribute(attribute)).toList();
	}

	/**
	 * Fetches a link of the page with the browser's own session, as a download would, and
	 * answers its status, content type and bytes.
	 */
	Download download(String href) {
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		java.util.List<?> answer = (java.util.List<?>) ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' })
					.then((response) => response.arrayBuffer().then((buffer) => {
						const bytes = new Uint8Array(buffer);
						let binary = '';
						for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
						done([response.status, response.headers.get('content-type') || '',
							response.headers.get('content-disposition') || '', btoa(binary)]);
					}))
					.catch((error) => done([0, String(error), '', '']));
				""", href);
		return new Download(((Number) answer.get(0)).intValue(), (String) answer.get(1), (String) answer.get(2),
				java.util.Base64.getDecoder().decode((String) answer.get(3)));
	}

	/** What a download brought: its status, content type, disposition and content. */
	record Download(int status, String contentType, String disposition, byte[] content) {
	}

	/** Whether the page that is loaded has an element, without waiting for one. */
	boolean has(String css) {
		return !this.driver.findElements(By.cssSelector(css)).isEmpty();
	}

	String pageText() {
		return find("body").getText();
	}

	/** Waits until an element the selector finds is visible and enabled. */
	Browser waitForClickable(String css) {
		waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
		return this;
	}

	Browser waitForText(String text) {
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
		return this;
	}

	String currentPath() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	void screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots");
			Files.createDirectories(target);
			Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), target.resolve(name + ".png"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			// a missing screenshot must not hide the test's own failure
		}
	}

	private <T> T waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(15)).until(condition::apply);
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
