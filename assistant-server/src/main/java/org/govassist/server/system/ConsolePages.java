package org.govassist.server.system;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the staff consoles of web-widget at their folder addresses: {@code /admin/},
 * {@code /agent/} and {@code /editor/} show that folder's {@code index.html}, and the address
 * without its slash is sent there.
 */
@Configuration(proxyBeanMethods = false)
class ConsolePages implements WebMvcConfigurer {

	private static final List<String> CONSOLES = List.of("admin", "agent", "editor");

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		for (String console : CONSOLES) {
			registry.addRedirectViewController("/" + console, "/" + console + "/");
			registry.addViewController("/" + console + "/").setViewName("forward:/" + console + "/index.html");
		}
	}

}
