package org.opencall.platform;

import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MethodReadOnceMappingTest {

	private static final int MAPPINGS = 40;

	private final MethodReadOnceMapping mapping = new MethodReadOnceMapping();

	private Method handle;

	@BeforeEach
	void mappings() throws Exception {
		StaticWebApplicationContext context = new StaticWebApplicationContext();
		context.refresh();
		this.mapping.setApplicationContext(context);
		this.mapping.afterPropertiesSet();
		this.handle = Handlers.class.getDeclaredMethod("handle", String.class);
		for (int i = 0; i < MAPPINGS; i++) {
			RequestMethod method = (i % 2 == 0) ? RequestMethod.POST : RequestMethod.GET;
			this.mapping.registerMapping(RequestMappingInfo.paths("/things" + i + "/{id}")
				.methods(method)
				.options(this.mapping.getBuilderConfiguration())
				.build(), new Handlers(), this.handle);
		}
	}

	@Test
	void aRequestWithAPathVariableFindsItsHandlerReadingTheMethodOnce() throws Exception {
		MethodCounting request = request("POST", "/things8/a");

		HandlerExecutionChain chain = this.mapping.getHandler(request);

		assertThat(chain).isNotNull();
		assertThat(((HandlerMethod) chain.getHandler()).getMethod()).isEqualTo(this.handle);
		assertThat(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)).isEqualTo("/things8/{id}");
		// once for the lookup, once more for the CORS check around it; without the
		// known method it was once or more for each of the 40 mappings
		assertThat(request.reads).isLessThanOrEqualTo(3);
	}

	@Test
	void aMethodThatNoMappingOfThePathTakesIsStillRefusedAsUnsupported() {
		MethodCounting request = request("DELETE", "/things8/a");

		assertThatExceptionOfType(HttpRequestMethodNotSupportedException.class)
			.isThrownBy(() -> this.mapping.getHandler(request))
			.satisfies((ex) -> assertThat(ex.getSupportedMethods()).containsExactly("POST"));
	}

	@Test
	void aPathNoMappingHasFindsNoHandler() throws Exception {
		assertThat(this.mapping.getHandler(request("POST", "/nothing/a"))).isNull();
	}

	private static MethodCounting request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		return new MethodCounting(request);
	}

	/** How often the method was asked for. */
	private static final class MethodCounting extends HttpServletRequestWrapper {

		private int reads;

		MethodCounting(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			this.reads++;
			return super.getMethod();
		}

	}

	static final class Handlers {

		String handle(String id) {
			return id;
		}

	}

}
