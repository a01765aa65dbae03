// Package idle owns when an unattended kiosk is being used: the idle timer
// that ends a visit after a time without a touch, and the staff's secret
// corner gesture (five taps in three seconds). Time comes from an injected
// clock.Clock, so tests never sleep. It draws nothing.
package idle
