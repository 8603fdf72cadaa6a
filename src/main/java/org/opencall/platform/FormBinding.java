package org.opencall.platform;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyValue;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * A form post that names a field the form does not have (a row beyond the last, an index
 * that is not a number) gets an error on that form, not a server error; a page that shows
 * a form again with errors answers 400 (or the status of the refusal it shows). Typed
 * form fields read amounts ({@link Amount}) the way people write them.
 */
@Configuration(proxyBeanMethods = false)
class FormBinding implements WebMvcConfigurer {

	/**
	 * The application's own parts of Spring MVC (Spring Boot takes one such bean):
	 * binders that read forms as described above, and a handler lookup that reads a
	 * request's method once ({@link MethodReadOnceMapping}).
	 */
	@Bean
	WebMvcRegistrations fieldErrorsBinding() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new FieldErrorsAdapter();
			}

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new MethodReadOnceMapping();
			}

		};
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new AmountFormatter.Factory());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RefusedFormStatus());
	}

	private static final class FieldErrorsAdapter extends RequestMappingHandlerAdapter {

		@Override
		protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
			return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {

				@Override
				protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
						NativeWebRequest request) {
					return new FieldErrorsBinder(target, objectName);
				}

				// where @InitBinder methods run: after Spring's own settings of the
				// binder
				@Override
				public void initBinder(WebDataBinder dataBinder, NativeWebRequest request) throws Exception {
					FormInput.applyTo(dataBinder);
					super.initBinder(dataBinder, request);
				}

			};
		}

	}

	/** Binds value by value; a path that cannot be bound is an error on its field. */
	static final class FieldErrorsBinder extends ExtendedServletRequestDataBinder {

		FieldErrorsBinder(Object target, String objectName) {
			super(target, objectName);
		}

		@Override
		protected void applyPropertyValues(MutablePropertyValues values) {
			for (PropertyValue value : values.getPropertyValues()) {
				try {
					super.applyPropertyValues(new MutablePropertyValues(List.of(value)));
				}
				catch (InvalidPropertyException ex) {
					String path = value.getName();
					String reason = (ex.getCause() instanceof IndexOutOfBoundsException)
							? path + " refers to a row the form does not have (it takes at most "
									+ getAutoGrowCollectionLimit() + ")"
							: path + " is not a field of this form";
					getInternalBindingResult().addError(new FieldError(getObjectName(), fieldOf(path), null, true,
							new String[] { "invalidField" }, null, reason));
				}
			}
		}

		/** The form's own property that the path starts with, e.g. challenges. */
		private static String fieldOf(String path) {
			int end = path.length();
			for (char separator : new char[] { '[', '.' }) {
				int index = path.indexOf(separator);
				if (index > 0 && index < end) {
					end = index;
				}
			}
			return path.substring(0, end);
		}

	}

	/**
	 * A page shown again because of a refusal answers with its status: the one
	 * {@link FormErrors#show} set, or 400 for a form with refused fields.
	 */
	private static final class RefusedFormStatus implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView page) {
			if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
				return;
			}
			if (page.getModel().get(FormErrors.STATUS) instanceof HttpStatus status) {
				page.setStatus(status);
			}
			else if (hasErrors(page.getModel())) {
				page.setStatus(HttpStatus.BAD_REQUEST);
			}
		}

		private static boolean hasErrors(Map<String, Object> model) {
			return model.values()
				.stream()
				.anyMatch((value) -> value instanceof BindingResult result && result.hasErrors());
		}

	}

}
