package org.opencall.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's lookup of a request's handler method, reading the request's method once. A
 * request whose path has a variable is tried against every mapping in turn, and each
 * mapping asks for the method, up to four times (its method condition and the CORS
 * pre-flight checks of the others); each time the question went down the chain of request
 * wrappers that the filters put around it. The lookup now sees the request through one
 * more wrapper that knows its method; everything else passes through.
 */
final class MethodReadOnceMapping extends RequestMappingHandlerMapping {

	@Override
	protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
		return super.getHandlerInternal(new MethodKnown(request));
	}

	/** The request, with its method read when the lookup starts. */
	static final class MethodKnown extends HttpServletRequestWrapper {

		private final String method;

		MethodKnown(HttpServletRequest request) {
			super(request);
			this.method = request.getMethod();
		}

		@Override
		public String getMethod() {
			return this.method;
		}

	}

}
