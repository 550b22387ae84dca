import CICU

/// How the C allocator hands memory back to the system, set once when a command starts.
///
/// glibc's malloc maps a large block on its own only while the block is larger than a threshold that rises to the
/// size of each mapped block freed (up to 32 MB); once it has risen, the large, short-lived blocks of reading a
/// long input (the file, its decoded and segmented copies) come from the heap, whose freed room is not given back,
/// and the resident memory of `tolk match` on 20 MB a side stayed about 50 MB above what it held. With the
/// threshold fixed at ``largeBlock``, every block at least that large is mapped and returned when freed. Only where
/// memory comes from changes, never a result.
public enum AllocatorSettings {
    /// Blocks of at least this many bytes are mapped on their own (1 MiB).
    public static let largeBlock: Int32 = 1 << 20

    /// Fixes the allocator's mapping threshold at ``largeBlock`` (glibc only; elsewhere nothing changes).
    /// - Returns: whether the allocator took the setting.
    @discardableResult
    public static func returnLargeBlocks() -> Bool {
        cicu_malloc_set(CICU_MALLOC_MAP_THRESHOLD, largeBlock) == 1
    }

    /// Free heap memory kept for reuse by ``keepFreedHeap()`` (64 MiB).
    public static let keptHeap: Int32 = 64 << 20

    /// Blocks smaller than this come from the heap under ``keepFreedHeap()`` (32 MiB, glibc's largest mapping
    /// threshold).
    public static let keptBlock: Int32 = 32 << 20

    /// Keeps up to ``keptHeap`` bytes of freed memory at the top of the heap instead of giving it back at once,
    /// and takes blocks smaller than ``keptBlock`` from the heap.
    ///
    /// For work made of many similar, independent items (`tolk extract` over a folder of pages): each page's
    /// buffers are freed before the next page allocates the same again, and with glibc's own threshold (128 KiB
    /// once ``returnLargeBlocks()`` has fixed the mapping threshold) the heap shrank and grew back for every page,
    /// each time faulting in and clearing the same memory afresh (a sixth of the batch's CPU time on the
    /// extraction benchmark); a page's blocks of 1 MiB or more (a large page's bytes and its parsed text) were
    /// mapped afresh for every page in the same way. The resident memory stays within the largest page's needs
    /// plus ``keptHeap``.
    /// - Returns: whether the allocator took both settings.
    @discardableResult
    public static func keepFreedHeap() -> Bool {
        let trim = cicu_malloc_set(CICU_MALLOC_TRIM_THRESHOLD, keptHeap) == 1
        return cicu_malloc_set(CICU_MALLOC_MAP_THRESHOLD, keptBlock) == 1 && trim
    }
}
