// Tells Leeway the reader's time zone, so pages show times in it (a cookie the server reads; UTC until it is set).
(function () {
  'use strict';
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone || !/^[A-Za-z0-9_+\-/]+$/.test(zone)) {
    return;
  }
  if (document.cookie.split('; ').indexOf('leeway-tz=' + zone) === -1) {
    document.cookie = 'leeway-tz=' + zone + '; path=/; max-age=31536000; SameSite=Lax';
  }
}());
