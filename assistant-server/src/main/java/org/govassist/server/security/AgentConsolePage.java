package org.govassist.server.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the agent console (web-widget's {@code agent/index.html}) at {@code /agent/}, and sends
 * {@code /agent} there. The page itself is open to anyone, like every static page: what it shows
 * comes from the API and the agent socket, which check the login.
 */
@Configuration(proxyBeanMethods = false)
class AgentConsolePage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/agent", "/agent/");
		registry.addViewController("/agent/").setViewName("forward:/agent/index.html");
	}

}
