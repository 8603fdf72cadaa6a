package org.opencall.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page and the login page.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
