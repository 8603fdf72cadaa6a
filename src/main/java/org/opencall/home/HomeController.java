package org.opencall.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: for a visitor, what Opencall is; for a person logged in, the panels of
 * every module about their work, their open tasks first.
 */
@Controller
class HomeController {

	private final List<HomeSection> sections;

	private final OpenTasksPanel openTasks;

	HomeController(List<HomeSection> sections, OpenTasksPanel openTasks) {
		this.sections = sections;
		this.openTasks = openTasks;
	}

	@GetMapping("/")
	String home(Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return "home";
		}
		Viewer viewer = new Viewer(authentication.getName(),
				authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.collect(Collectors.toSet()));
		List<HomePanel> panels = new ArrayList<>();
		panels.add(this.openTasks.panelFor(viewer));
		this.sections.forEach((section) -> panels.addAll(section.panelsFor(viewer)));
		panels.sort(Comparator.comparingInt(HomePanel::rank));
		model.addAttribute("panels", panels);
		return "my-home";
	}

}
