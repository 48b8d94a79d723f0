// One colour per incident type, shared by the map, the dashboard and the group profile; the
// stylesheet's .t-TYPE badges use the same colours.
window.VIGIL_TYPE_COLOURS = Object.freeze({ bombing: '#b3261e', air_strike: '#c2185b', shelling: '#6d4c41',
  armed_assault: '#8a4b00', armed_clash: '#4e6b00', assassination: '#6b2d8f', kidnapping: '#0f6b5c',
  hostage_barricade: '#2a5d9f', hijacking: '#5a4e00', unarmed_assault: '#9c3d5f', facility_attack: '#a34700',
  foiled_plot: '#3d5a1f', arrest: '#3b4a5a', other_violence: '#555' });
