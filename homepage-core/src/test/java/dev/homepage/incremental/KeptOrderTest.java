package dev.homepage.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A kept order sorts as a stable sort does, and sorts again only when an item compares otherwise than the last. */
class KeptOrderTest {

    /** A thing sorted by its key alone; its name tells two of one key apart, in the order they came. */
    private record Item(int key, String name) {
    }

    private static final Comparator<Item> BY_KEY = Comparator.comparingInt(Item::key);

    private final KeptOrder order = new KeptOrder();

    @Test
    void itemsThatCompareAsTheLastOnesPlaceByPlaceArePutInTheLastOrderWithoutASort() {
        List<Item> first = List.of(new Item(3, "a"), new Item(1, "b"), new Item(2, "c"), new Item(1, "d"));
        order.sorted(first, BY_KEY);
        AtomicInteger comparisons = new AtomicInteger();
        Comparator<Item> counted = (one, other) -> {
            comparisons.incrementAndGet();
            return BY_KEY.compare(one, other);
        };
        // The same keys in the same places, two of them new items: their bodies changed, not their places.
        List<Item> again = List.of(first.get(0), new Item(1, "b, edited"), first.get(2), new Item(1, "d, edited"));

        assertThat(order.sorted(again, counted)).extracting(Item::name)
                .containsExactly("b, edited", "d, edited", "c", "a");
        assertThat(comparisons).as("each new item compared with the one in its place, no more").hasValue(2);
        assertThat(order.itemsSorted()).as("items sorted: the first list's alone").isEqualTo(4);
    }

    @Test
    void anItemThatComparesOtherwiseThanTheOneInItsPlaceSortsTheListAgain() {
        order.sorted(List.of(new Item(1, "a"), new Item(2, "b"), new Item(3, "c")), BY_KEY);

        assertThat(order.sorted(List.of(new Item(1, "a"), new Item(4, "b"), new Item(3, "c")), BY_KEY))
                .extracting(Item::name).containsExactly("a", "c", "b");
        assertThat(order.sorted(List.of(new Item(1, "a"), new Item(4, "b")), BY_KEY))
                .as("an item fewer").extracting(Item::name).containsExactly("a", "b");
        assertThat(order.itemsSorted()).isEqualTo(3 + 3 + 2);
    }

    @Test
    void everyListIsSortedAsAStableSortSortsItWhateverTheLastOneWas() {
        Random random = new Random(24);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(new Item(random.nextInt(10), "item " + i));
        }
        for (int round = 0; round < 500; round++) {
            // Each round changes an item's key, or renames one (same key, same place), or moves one.
            int at = random.nextInt(items.size());
            switch (random.nextInt(3)) {
                case 0 -> items.set(at, new Item(random.nextInt(10), items.get(at).name()));
                case 1 -> items.set(at, new Item(items.get(at).key(), items.get(at).name() + "'"));
                default -> items.add(random.nextInt(items.size()), items.remove(at));
            }
            assertThat(order.sorted(List.copyOf(items), BY_KEY)).as("round %d", round)
                    .containsExactlyElementsOf(items.stream().sorted(BY_KEY).toList());
        }
    }
}
