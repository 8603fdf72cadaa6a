package org.opencall.identity;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import static org.assertj.core.api.Assertions.assertThat;

class HandlerLookupOnceTest {

	private final HandlerLookupOnce lookupOnce = new HandlerLookupOnce();

	HandlerLookupOnceTest() {
		this.lookupOnce.setApplicationContext(new StaticApplicationContext());
	}

	@Test
	void springMvcsIntrospectorIsReplacedByOneWhoseCacheFilterLooksNothingUp() throws Exception {
		Object replaced = this.lookupOnce.postProcessBeforeInitialization(new HandlerMappingIntrospector(),
				HandlerLookupOnce.INTROSPECTOR);

		assertThat(replaced).isInstanceOf(HandlerLookupOnce.WithoutCacheFilter.class);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/submissions/S-000001/submission");
		MockFilterChain chain = new MockFilterChain();
		((HandlerMappingIntrospector) replaced).createCacheFilter()
			.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).as("the request went on").isSameAs(request);
		assertThat(request.getAttributeNames().hasMoreElements()).as("no handler was looked up and kept").isFalse();
	}

	@Test
	void otherBeansAndAnIntrospectorAlreadyReplacedStayAsTheyAre() throws ServletException {
		HandlerMappingIntrospector other = new HandlerMappingIntrospector();
		HandlerLookupOnce.WithoutCacheFilter replaced = new HandlerLookupOnce.WithoutCacheFilter();

		assertThat(this.lookupOnce.postProcessBeforeInitialization(other, "someIntrospector")).isSameAs(other);
		assertThat(this.lookupOnce.postProcessBeforeInitialization(replaced, HandlerLookupOnce.INTROSPECTOR))
			.isSameAs(replaced);
	}

}
