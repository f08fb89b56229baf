package org.govassist.server.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the administrators' page (web-widget's {@code admin/index.html}) at {@code /admin/},
 * and sends {@code /admin} there.
 */
@Configuration(proxyBeanMethods = false)
class AdminPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/admin", "/admin/");
		registry.addViewController("/admin/").setViewName("forward:/admin/index.html");
	}

}
