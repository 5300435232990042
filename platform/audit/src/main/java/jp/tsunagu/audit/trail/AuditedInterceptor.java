package jp.tsunagu.audit.trail;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Writes the log entry of an {@link Audited} method when it ends. It runs outside the method's transaction (its
 * priority is below the transaction interceptor's), so the entry is written after the request's work committed or
 * rolled back, in a short transaction of its own: a refusal that rolls the request back is still recorded, and the
 * lock on the chain head is held only for the append. An allowed call whose entry cannot be written fails (500)
 * before its answer is sent: no data leaves unrecorded.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AuditedInterceptor {

    private static final System.Logger LOG = System.getLogger(AuditedInterceptor.class.getName());

    @Inject
    AuditTrail trail;

    @Inject
    AuditNotes notes;

    @Inject
    RefusalOwners owners;

    @Inject
    CallerContext callers;

    @AroundInvoke
    Object record(InvocationContext call) throws Exception {
        Audited audited = audited(call.getMethod());
        Object result;
        try {
            result = call.proceed();
        } catch (ProblemException problem) {
            recordRefusal(call, audited, Outcome.REFUSED, problem.slug());
            throw problem;
        } catch (Exception failure) {
            recordRefusal(call, audited, Outcome.FAILED, "failed");
            throw failure;
        }
        Optional<String> refusedInPart = notes.refusedInPart();
        if (refusedInPart.isPresent()) {
            recordRefusal(call, audited, Outcome.REFUSED, refusedInPart.get());
        } else if (!audited.refusalsOnly()) {
            trail.record(event(call, audited, Outcome.ALLOWED));
        }
        notes.markRecorded();
        return result;
    }

    private void recordRefusal(InvocationContext call, Audited audited, Outcome outcome, String slug) {
        try {
            AuditEvent event = event(call, audited, outcome).refusal(slug);
            trail.record(event);
            notes.markRecorded();
            Optional<PrefectureCode> tenant = callers.current().flatMap(Caller::tenant);
            if (notes.dataTenant().isEmpty() && tenant.isPresent()) {
                owners.alsoInOwnersLog(parameters(call, PathParam.class), tenant.get(),
                        trail.currentActor(notes.capacity().map(Enum::name).orElse(AuditActor.UNKNOWN)), event);
            }
        } catch (RuntimeException e) {
            // The refused answer goes out anyway (nothing was released); the failure is an operations matter.
            LOG.log(System.Logger.Level.ERROR, "Could not record a refused attempt of {0}: {1}", audited.value(),
                    e.getClass().getSimpleName());
        }
    }

    private AuditEvent event(InvocationContext call, Audited audited, Outcome outcome) {
        return CallTarget.event(audited.value(), outcome, CallTarget.personal(audited), parameters(call, PathParam.class),
                parameters(call, QueryParam.class), notes);
    }

    /** The method's path or query parameters by name. */
    private static Map<String, Object> parameters(InvocationContext call, Class<? extends Annotation> kind) {
        Map<String, Object> named = new LinkedHashMap<>();
        Annotation[][] annotations = call.getMethod().getParameterAnnotations();
        Object[] values = call.getParameters();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof PathParam p && kind == PathParam.class) {
                    named.put(p.value(), values[i]);
                } else if (annotation instanceof QueryParam q && kind == QueryParam.class) {
                    named.put(q.value(), values[i]);
                }
            }
        }
        return named;
    }

    static Audited audited(Method method) {
        Audited audited = method.getAnnotation(Audited.class);
        if (audited == null) {
            audited = method.getDeclaringClass().getAnnotation(Audited.class);
        }
        if (audited == null || audited.value().isBlank()) {
            throw new IllegalStateException("an @Audited method names its action");
        }
        return audited;
    }
}
