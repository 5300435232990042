package jp.tsunagu.tenants.access;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;

/** Just enough of CDI's Event and Instance to build the filter by hand. */
final class Stubs {

    private Stubs() {
    }

    /** An Event that calls its observer synchronously, as CDI does for {@code fire}. */
    static <T> Event<T> event(Consumer<T> observer) {
        return new Event<>() {
            @Override
            public void fire(T event) {
                observer.accept(event);
            }

            @Override
            public <U extends T> CompletionStage<U> fireAsync(U event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Event<T> select(Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** An Instance holding at most one bean. */
    static <T> Instance<T> instance(Optional<T> bean) {
        return new Instance<>() {
            @Override
            public T get() {
                return bean.orElseThrow(() -> new IllegalStateException("unsatisfied"));
            }

            @Override
            public Iterator<T> iterator() {
                return bean.stream().iterator();
            }

            @Override
            public boolean isUnsatisfied() {
                return bean.isEmpty();
            }

            @Override
            public boolean isAmbiguous() {
                return false;
            }

            @Override
            public void destroy(T instance) {
            }

            @Override
            public Handle<T> getHandle() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Iterable<? extends Handle<T>> handles() {
                return new ArrayList<Handle<T>>();
            }

            @Override
            public Instance<T> select(Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
