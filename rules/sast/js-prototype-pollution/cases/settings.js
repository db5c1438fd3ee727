const _ = require('lodash');
const express = require('express');
const app = express();
const settings = {};

app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
  // ruleid: js-prototype-pollution
  settings[section][key] = value;
  // ruleid: js-prototype-pollution
  _.merge(settings, req.body.patch);
  // ruleid: js-prototype-pollution
  _.set(settings, req.query.path, value);
  // ruleid: js-prototype-pollution
  $.extend(true, settings, JSON.parse(req.body.json));
  // ok: js-prototype-pollution (shallow extend copies own properties only)
  $.extend(settings, req.body.patch);
  // ok: js-prototype-pollution (one computed level: an own property)
  settings[key] = value;
  // ok: js-prototype-pollution (constant keys)
  settings.ui.theme = value;
  res.json(settings);
});

app.post('/safe', (req, res) => {
  for (const [section, entries] of Object.entries(req.body)) {
    if (section === '__proto__' || section === 'constructor' || section === 'prototype') continue;
    for (const [key, value] of Object.entries(entries)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      // ok: js-prototype-pollution (dangerous keys rejected above)
      settings[section][key] = value;
    }
  }
  res.end();
});
