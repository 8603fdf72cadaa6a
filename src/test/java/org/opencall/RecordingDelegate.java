package org.opencall;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for a delegate or task listener that a model names
 * ({@code camunda:delegateExpression="${publishCallDelegate}"}) and notes where, when and
 * for which instance the engine called it; it may also act as the real one would (set a
 * variable, refuse).
 */
public final class RecordingDelegate implements JavaDelegate, TaskListener {

	/** The event of a service task's delegate call. */
	public static final String EXECUTE = "execute";

	private final List<Invocation> invocations = new CopyOnWriteArrayList<>();

	private Consumer<DelegateExecution> onExecute = (execution) -> {
	};

	private Consumer<DelegateTask> onNotify = (task) -> {
	};

	private RecordingDelegate() {
	}

	/**
	 * A new recording delegate under this bean name, for the current test's engine calls.
	 */
	public static RecordingDelegate registeredAs(String beanName) {
		RecordingDelegate delegate = new RecordingDelegate();
		Mocks.register(beanName, delegate);
		return delegate;
	}

	/** What the delegate does besides recording, as a service task's delegate. */
	public RecordingDelegate whenExecuted(Consumer<DelegateExecution> action) {
		this.onExecute = action;
		return this;
	}

	/** What the delegate does besides recording, as a task listener. */
	public RecordingDelegate whenNotified(Consumer<DelegateTask> action) {
		this.onNotify = action;
		return this;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.invocations
			.add(new Invocation(execution.getCurrentActivityId(), EXECUTE, execution.getProcessBusinessKey()));
		this.onExecute.accept(execution);
	}

	@Override
	public void notify(DelegateTask task) {
		this.invocations.add(new Invocation(task.getTaskDefinitionKey(), task.getEventName(),
				task.getExecution().getProcessBusinessKey()));
		this.onNotify.accept(task);
	}

	/**
	 * Every call so far, in order, including those whose transaction the engine rolled
	 * back.
	 */
	public List<Invocation> invocations() {
		return List.copyOf(this.invocations);
	}

	/**
	 * One call of the delegate.
	 *
	 * @param element the id of the task or service task it was called at
	 * @param event {@link #EXECUTE} for a delegate, the task event (create, complete) for
	 * a listener
	 * @param businessKey the business key of the process instance: the subject
	 */
	public record Invocation(String element, String event, String businessKey) {

		public static Invocation executed(String element, String businessKey) {
			return new Invocation(element, EXECUTE, businessKey);
		}

		public static Invocation created(String task, String businessKey) {
			return new Invocation(task, TaskListener.EVENTNAME_CREATE, businessKey);
		}

		public static Invocation completed(String task, String businessKey) {
			return new Invocation(task, TaskListener.EVENTNAME_COMPLETE, businessKey);
		}

	}

}
