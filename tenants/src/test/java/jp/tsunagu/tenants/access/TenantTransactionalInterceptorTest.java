package jp.tsunagu.tenants.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tsunagu.tenants.reference.PrefectureCode;
import org.junit.jupiter.api.Test;

class TenantTransactionalInterceptorTest {

    /** Records what it was asked to bind instead of touching a database. */
    static class RecordingBinding extends TenantSchemaBinding {
        final List<PrefectureCode> bound = new ArrayList<>();

        @Override
        public void bind(PrefectureCode tenant) {
            bound.add(tenant);
        }
    }

    @Test
    void bindsTheRequestsTenantBeforeTheMethodRuns() throws Exception {
        CurrentTenant current = new CurrentTenant();
        current.set(PrefectureCode.of(17));
        RecordingBinding binding = new RecordingBinding();
        Invocation invocation = new Invocation(() -> assertEquals(List.of(PrefectureCode.of(17)), binding.bound));

        new TenantTransactionalInterceptor(current, binding).bindToCurrentTenant(invocation);

        assertTrue(invocation.proceeded);
    }

    @Test
    void withoutATenantTheMethodDoesNotRun() {
        RecordingBinding binding = new RecordingBinding();
        Invocation invocation = new Invocation(() -> { });

        assertThrows(NoTenantException.class,
                () -> new TenantTransactionalInterceptor(new CurrentTenant(), binding).bindToCurrentTenant(invocation));

        assertFalse(invocation.proceeded);
        assertEquals(List.of(), binding.bound);
    }

    @Test
    void runsInsideTheTransactionalInterceptor() {
        int transactional = Interceptor.Priority.PLATFORM_BEFORE + 200; // fixed by Jakarta Transactions
        assertTrue(TenantTransactionalInterceptor.PRIORITY > transactional);
    }

    private static final class Invocation implements InvocationContext {
        private final Runnable method;
        boolean proceeded;

        Invocation(Runnable method) {
            this.method = method;
        }

        @Override
        public Object proceed() {
            method.run();
            proceeded = true;
            return null;
        }

        @Override public Object getTarget() { return null; }
        @Override public Object getTimer() { return null; }
        @Override public Method getMethod() { return null; }
        @Override public Constructor<?> getConstructor() { return null; }
        @Override public Object[] getParameters() { return new Object[0]; }
        @Override public void setParameters(Object[] params) { }
        @Override public Map<String, Object> getContextData() { return Map.of(); }
    }
}
