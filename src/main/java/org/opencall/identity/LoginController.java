package org.opencall.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page.
 */
@Controller
class LoginController {

	private static final int LONGEST_WAIT_SECONDS = 24 * 60 * 60;

	/**
	 * The login page; after a throttled login it says how many seconds to wait (a number,
	 * never text taken from the address).
	 */
	@GetMapping("/login")
	String login(@RequestParam(name = "throttled", required = false) String throttled, Model model) {
		if (throttled != null) {
			model.addAttribute("retryAfter", LoginThrottledException.inWords(seconds(throttled)));
		}
		return "login";
	}

	private static int seconds(String value) {
		try {
			return Math.min(Math.max(Integer.parseInt(value), 1), LONGEST_WAIT_SECONDS);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
