package main

import "runtime"

// idleCollector moves Go's garbage collections out of the reader's runs
// and into the engine's idle time. A run and the tidying up after it
// allocate about the same every time (0.8 MB for the default example)
// and keep little (the live heap is about 1 MB), so with GOGC at 400 a
// collection came every 15 to 20 runs, inside one of them: in wasm,
// where Go has one thread, it stops the run for its whole length (10 to
// 15 ms in a warm page, more before V8 has optimised the collector). Now,
// when the engine has tidied up after a run, it collects at once if the
// next run would otherwise reach the collector's trigger.
//
// The zero value is ready to use; it is not safe for concurrent use.
type idleCollector struct {
	// last is the heap's cumulative allocation (bytes) when the engine
	// last tidied up, 0 before it first did; cycle what was allocated
	// from the tidying up before last to that one: a run and its tidying
	// up.
	last, cycle uint64
}

// tidied is called when the engine has tidied up after a run, with the
// next run's environment made: it measures what was allocated since it
// was last called (the run and this tidying up), and runs a collection
// now when the heap in use plus that much again, and a quarter more for
// safety, would reach 45/64 of the heap's goal. Go's pacer never sets the
// trigger lower than 45/64 of the way from the live heap to the goal
// (runtime's minTriggerRatioNum), which is above that. It reports whether
// it collected.
func (c *idleCollector) tidied() bool {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if c.last != 0 {
		c.cycle = m.TotalAlloc - c.last
	}
	c.last = m.TotalAlloc
	if c.cycle == 0 || m.HeapAlloc+c.cycle+c.cycle/4 < m.NextGC/64*45 {
		return false
	}
	runtime.GC()
	return true
}
