// Package timeline owns the timeline's geometry at any zoom: the view (a
// span of years across a width of pixels) and how it zooms about a point
// and pans, the arrangement of events into slots and lanes with the ones
// that do not fit merged into clusters, the axis ticks for the zoom
// (decades, years, months) and the density of events for the overview. It
// works in years and pixels as plain numbers, draws nothing and imports no
// Fyne, so every rule is tested as a table; arranging 10,000 events is one
// linear pass.
package timeline
