/*
 * 公共法律服务地图 — the public map page. Reads everything from the map module's public endpoints
 * (/api/v1/public/t/{tenant}/map/...): the base-map configuration and the venues as GeoJSON in the
 * coordinate system the tiles are drawn in. No third-party network access: Leaflet and
 * Leaflet.markercluster are served by the bundle, and without a configured tile server the venues
 * are shown on a plain background.
 */
(function () {
  'use strict';

  /** The districts of 郑州 (tenants), with rough WGS-84 boxes for the initial view. */
  var DISTRICTS = [
    ['410102', '中原区', 113.45, 34.68, 113.68, 34.88],
    ['410103', '二七区', 113.50, 34.56, 113.72, 34.78],
    ['410104', '管城回族区', 113.64, 34.58, 113.88, 34.80],
    ['410105', '金水区', 113.60, 34.72, 113.90, 34.93],
    ['410106', '上街区', 113.20, 34.74, 113.38, 34.88],
    ['410108', '惠济区', 113.48, 34.82, 113.80, 35.00],
    ['410122', '中牟县', 113.74, 34.44, 114.25, 34.92],
    ['410171', '郑州经济技术开发区', 113.68, 34.60, 113.95, 34.78],
    ['410172', '郑州高新技术产业开发区', 113.45, 34.76, 113.62, 34.88],
    ['410173', '郑州航空港经济综合实验区', 113.68, 34.36, 114.05, 34.62],
    ['410181', '巩义市', 112.75, 34.50, 113.30, 34.92],
    ['410182', '荥阳市', 113.15, 34.58, 113.52, 35.00],
    ['410183', '新密市', 113.17, 34.28, 113.62, 34.64],
    ['410184', '新郑市', 113.52, 34.24, 113.98, 34.58],
    ['410185', '登封市', 112.75, 34.28, 113.32, 34.64]
  ];
  var CITY = [112.70, 34.20, 114.30, 35.05];

  /** Venue types (DESIGN §2) with the character shown on their markers. */
  var TYPES = [
    ['PUBLIC_LEGAL_SERVICE_CENTER', '公共法律服务中心', '中'],
    ['JUSTICE_OFFICE', '司法所', '司'],
    ['LEGAL_AID_CENTER', '法律援助机构', '援'],
    ['MEDIATION_ORGANIZATION', '调解组织', '调'],
    ['NOTARY_OFFICE', '公证处', '公'],
    ['LAW_FIRM', '律师事务所', '律'],
    ['FORENSIC_APPRAISAL_INSTITUTION', '司法鉴定机构', '鉴'],
    ['RULE_OF_LAW_CULTURE_SITE', '法治文化场所', '文'],
    ['LEGISLATIVE_LIAISON_POINT', '政府立法基层联系点', '立']
  ];
  var PAGE_SIZE = 1000;
  var MAX_PAGES = 50;
  var NEAREST = 10;
  var LIST_MAX = 200;

  var state = {
    tenant: null, crs: 'wgs84', type: '', q: '', config: null,
    map: null, cluster: null, tiles: null, me: null, markers: {}, loadId: 0, retry: null
  };

  function $(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function districtName(code) {
    for (var i = 0; i < DISTRICTS.length; i++) {
      if (DISTRICTS[i][0] === code) { return DISTRICTS[i][1]; }
    }
    return code;
  }

  function districtBox(code) {
    for (var i = 0; i < DISTRICTS.length; i++) {
      if (DISTRICTS[i][0] === code) { return DISTRICTS[i].slice(2); }
    }
    return CITY;
  }

  function typeInfo(code) {
    for (var i = 0; i < TYPES.length; i++) {
      if (TYPES[i][0] === code) { return TYPES[i]; }
    }
    return [code, code, '阵'];
  }

  function setStatus(text, error) {
    var s = $('status');
    s.textContent = text;
    s.className = 'status' + (error ? ' error' : '');
  }

  function api(path) {
    return '/api/v1/public/t/' + encodeURIComponent(state.tenant) + '/map' + path;
  }

  /** GET as JSON; a problem (RFC 9457) becomes an Error with its status, type and detail. */
  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json, application/json' } }).then(function (r) {
      return r.text().then(function (body) {
        var json = null;
        try { json = body ? JSON.parse(body) : null; } catch (ignored) { json = null; }
        if (!r.ok) {
          var e = new Error((json && (json.detail || json.title)) || ('HTTP ' + r.status));
          e.status = r.status;
          e.type = json && json.type;
          throw e;
        }
        return json;
      });
    });
  }

  /** Same-origin path of a link the server made absolute (it may see another host name behind a proxy). */
  function localHref(href) {
    var u = new URL(href, location.href);
    return u.pathname + u.search;
  }

  function problemText(e) {
    if (e.type === 'module-not-enabled') { return districtName(state.tenant) + '尚未开通公共法律服务地图。'; }
    if (e.type === 'tenant-not-found') { return '未找到区县 ' + state.tenant + '。'; }
    if (e.type === 'tenant-suspended') { return districtName(state.tenant) + '暂停服务。'; }
    if (e.type === 'module-unavailable') { return '阵地数据暂不可用，稍后自动重试…'; }
    if (e.status === 400) { return '查询条件有误：' + e.message; }
    if (!e.status) { return '网络异常，无法连接服务器。'; }
    return '加载失败：' + e.message;
  }

  // ---------------------------------------------------------------- coordinates

  /** WGS-84 → GCJ-02 (the published forward formula), for the browser's own position on a GCJ-02 map. */
  function wgs84ToGcj02(lon, lat) {
    if (lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271) { return [lon, lat]; }
    var a = 6378245.0, ee = 0.00669342162296594323, x = lon - 105.0, y = lat - 35.0;
    var dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    dLat += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    dLat += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    dLat += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    var dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    dLon += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    dLon += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    dLon += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    var radLat = lat / 180.0 * Math.PI, magic = Math.sin(radLat);
    magic = 1 - ee * magic * magic;
    var sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((a * (1 - ee)) / (magic * sqrtMagic) * Math.PI);
    dLon = (dLon * 180.0) / (a / sqrtMagic * Math.cos(radLat) * Math.PI);
    return [lon + dLon, lat + dLat];
  }

  /** A WGS-84 point (GPS, district boxes) in the map's coordinate system. */
  function fromWgs84(lon, lat) {
    return state.crs === 'gcj02' ? wgs84ToGcj02(lon, lat) : [lon, lat];
  }

  function round6(x) { return Math.round(x * 1e6) / 1e6; }

  // ---------------------------------------------------------------- map

  function createMap() {
    var map = L.map('map', { zoomControl: true, attributionControl: true, preferCanvas: false, maxZoom: 18 });
    map.attributionControl.setPrefix('<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>');
    L.control.scale({ imperial: false }).addTo(map);
    state.cluster = L.markerClusterGroup({
      showCoverageOnHover: false, maxClusterRadius: 50, disableClusteringAtZoom: 17, chunkedLoading: true
    });
    map.addLayer(state.cluster);
    state.map = map;
  }

  /** The base map from the configuration, or a faint grid on a plain background when there is none. */
  function applyTiles(config) {
    if (state.tiles) { state.map.removeLayer(state.tiles); }
    var maxZoom = config.maxZoom || 18;
    state.map.setMaxZoom(maxZoom);
    if (config.tileUrl) {
      var errors = 0;
      state.tiles = L.tileLayer(config.tileUrl, {
        subdomains: config.tileSubdomains || 'abc', attribution: config.attribution || '', maxZoom: maxZoom
      });
      state.tiles.on('tileerror', function () {
        errors++;
        if (errors === 6) { state.map.attributionControl.addAttribution('底图无法加载，仅显示点位'); }
      });
    } else {
      var Plain = L.GridLayer.extend({
        createTile: function () { return el('div', 'plain-tile'); }
      });
      state.tiles = new Plain({ maxZoom: maxZoom, attribution: '未配置底图，仅显示点位' });
    }
    state.tiles.addTo(state.map);
  }

  function iconFor(type) {
    var t = typeInfo(type);
    return L.divIcon({
      className: 'venue-icon t-' + t[0], html: '<span>' + t[2] + '</span>',
      iconSize: [26, 26], iconAnchor: [13, 13], popupAnchor: [0, -12]
    });
  }

  /** The detail window of a venue, built from text nodes (the data is never interpreted as HTML). */
  function popupContent(f) {
    var p = f.properties, box = el('div', 'venue-popup');
    box.appendChild(el('h3', null, p.name));
    box.appendChild(el('div', 'kind', p.levelTitle ? p.typeTitle + ' · ' + p.levelTitle : p.typeTitle));
    var dl = el('dl');
    function row(label, value, tel) {
      if (!value) { return; }
      dl.appendChild(el('dt', null, label));
      var dd = el('dd');
      if (tel) {
        var a = el('a', null, value);
        a.href = 'tel:' + value.replace(/[^0-9+]/g, '');
        dd.appendChild(a);
      } else {
        dd.textContent = value;
      }
      dl.appendChild(dd);
    }
    row('地址', p.address);
    row('开放时间', p.openingHours);
    row('机构电话', p.phone, true);
    row('服务项目', (p.services || []).join('、'));
    box.appendChild(dl);
    if (typeof p.distanceMeters === 'number') {
      box.appendChild(el('div', 'distance', '距离约 ' + distanceText(p.distanceMeters)));
    }
    return box;
  }

  function distanceText(m) {
    return m < 1000 ? Math.round(m) + ' 米' : (m / 1000).toFixed(1) + ' 公里';
  }

  function render(features) {
    state.cluster.clearLayers();
    state.markers = {};
    var layers = [];
    features.forEach(function (f) {
      var c = f.geometry.coordinates;
      var m = L.marker([c[1], c[0]], { icon: iconFor(f.properties.type), title: f.properties.name, alt: f.properties.name });
      m.feature = f;
      m.bindPopup(function () { return popupContent(m.feature); }, { maxWidth: 300 });
      state.markers[f.id] = m;
      layers.push(m);
    });
    state.cluster.addLayers(layers);
  }

  function showList(features, title) {
    var list = $('list');
    list.textContent = '';
    features.slice(0, LIST_MAX).forEach(function (f) {
      var li = el('li'), b = el('button');
      b.type = 'button';
      b.appendChild(el('span', 'name', f.properties.name));
      var meta = f.properties.typeTitle;
      if (typeof f.properties.distanceMeters === 'number') { meta += ' · ' + distanceText(f.properties.distanceMeters); }
      b.appendChild(el('span', 'meta', meta));
      b.addEventListener('click', function () { focus(f); });
      li.appendChild(b);
      list.appendChild(li);
    });
    setStatus(title, false);
  }

  /** Shows a venue: zooms to its marker out of its cluster and opens the detail window. */
  function focus(f) {
    var m = state.markers[f.id];
    if (!m) { return; }
    m.feature = f;
    state.cluster.zoomToShowLayer(m, function () { m.openPopup(); });
    if (window.matchMedia && window.matchMedia('(max-width: 760px)').matches) {
      $('map').scrollIntoView({ behavior: 'smooth' });
    }
  }

  function filterQuery() {
    var q = '?crs=' + encodeURIComponent(state.crs);
    if (state.type) { q += '&type=' + encodeURIComponent(state.type); }
    if (state.q) { q += '&q=' + encodeURIComponent(state.q); }
    return q;
  }

  /** Every venue of the filter, page after page along the `next` links. */
  function loadAll(loadId) {
    var features = [];
    function page(url, n) {
      return getJson(url).then(function (fc) {
        if (loadId !== state.loadId) { return null; }
        features = features.concat(fc.features || []);
        var next = (fc.links || []).filter(function (l) { return l.rel === 'next'; })[0];
        if (next && n < MAX_PAGES) { return page(localHref(next.href), n + 1); }
        return { features: features, matched: fc.numberMatched };
      });
    }
    return page(api('/collections/venues/items' + filterQuery() + '&limit=' + PAGE_SIZE), 1);
  }

  function reload() {
    var loadId = ++state.loadId;
    clearTimeout(state.retry);
    document.body.setAttribute('data-state', 'loading');
    setStatus('正在加载' + districtName(state.tenant) + '的阵地…', false);
    return loadAll(loadId).then(function (result) {
      if (!result || loadId !== state.loadId) { return; }
      render(result.features);
      if (state.me) { state.map.removeLayer(state.me); state.me = null; }
      if (result.features.length) {
        state.map.fitBounds(state.cluster.getBounds(), { padding: [24, 24], maxZoom: 15, animate: false });
      } else {
        fitDistrict();
      }
      var title = districtName(state.tenant) + '共 ' + result.features.length + ' 处阵地';
      if (state.type || state.q) { title += '（已筛选）'; }
      if (result.features.length > LIST_MAX) { title += '，列表显示前 ' + LIST_MAX + ' 处'; }
      showList(result.features, result.features.length ? title : '没有符合条件的阵地。');
      document.body.setAttribute('data-count', String(result.features.length));
      document.body.setAttribute('data-state', 'ready');
    }).catch(function (e) { failed(e, reload); });
  }

  function failed(e, again) {
    document.body.setAttribute('data-state', 'error');
    setStatus(problemText(e), true);
    if (e.type === 'module-unavailable' || !e.status || e.status >= 500) {
      state.retry = setTimeout(again, 10000);
    }
  }

  function fitDistrict() {
    var b = districtBox(state.tenant), sw = fromWgs84(b[0], b[1]), ne = fromWgs84(b[2], b[3]);
    state.map.fitBounds([[sw[1], sw[0]], [ne[1], ne[0]]], { animate: false });
  }

  // ---------------------------------------------------------------- nearest

  function nearMe() {
    setStatus('正在获取您的位置…', false);
    var done = false;
    function fromCenter(reason) {
      if (done) { return; }
      done = true;
      var c = state.map.getCenter();
      nearFrom([c.lng, c.lat], reason);
    }
    if (!navigator.geolocation) { fromCenter('地图中心（浏览器不支持定位）'); return; }
    var timer = setTimeout(function () { fromCenter('地图中心（定位超时）'); }, 10000);
    navigator.geolocation.getCurrentPosition(function (pos) {
      clearTimeout(timer);
      if (done) { return; }
      done = true;
      nearFrom(fromWgs84(pos.coords.longitude, pos.coords.latitude), '您的位置');
    }, function () {
      clearTimeout(timer);
      fromCenter('地图中心（未能获取您的位置）');
    }, { enableHighAccuracy: false, timeout: 8000, maximumAge: 300000 });
  }

  function nearFrom(p, label) {
    var loadId = ++state.loadId;
    var url = api('/collections/venues/items' + filterQuery() + '&near=' + round6(p[0]) + ',' + round6(p[1])
      + '&limit=' + NEAREST);
    setStatus('正在查找离' + label + '最近的阵地…', false);
    getJson(url).then(function (fc) {
      if (loadId !== state.loadId) { return; }
      var features = fc.features || [];
      if (state.me) { state.map.removeLayer(state.me); }
      state.me = L.circleMarker([p[1], p[0]], { radius: 8, color: '#fff', weight: 3, fillColor: '#1e88e5', fillOpacity: 1 })
        .bindTooltip(label).addTo(state.map);
      features.forEach(function (f) { if (state.markers[f.id]) { state.markers[f.id].feature = f; } });
      showList(features, features.length ? '离' + label + '最近的 ' + features.length + ' 处阵地' : '附近没有阵地。');
      if (features.length) {
        var bounds = L.latLngBounds([[p[1], p[0]]]);
        features.slice(0, 3).forEach(function (f) { bounds.extend([f.geometry.coordinates[1], f.geometry.coordinates[0]]); });
        state.map.fitBounds(bounds, { padding: [40, 40], maxZoom: 16 });
      }
    }).catch(function (e) { failed(e, function () { nearFrom(p, label); }); });
  }

  // ---------------------------------------------------------------- set-up

  function start() {
    document.title = '公共法律服务地图 · ' + districtName(state.tenant);
    state.loadId++;
    document.body.setAttribute('data-state', 'loading');
    setStatus('正在加载…', false);
    return getJson(api('/config')).then(function (config) {
      state.config = config;
      state.crs = config.crs === 'gcj02' ? 'gcj02' : 'wgs84';
      applyTiles(config);
      fitDistrict();
      return reload();
    }).catch(function (e) {
      state.cluster.clearLayers();
      $('list').textContent = '';
      fitDistrict();
      failed(e, start);
    });
  }

  function setUp() {
    var params = new URLSearchParams(location.search);
    state.tenant = params.get('tenant') || DISTRICTS[0][0];

    var district = $('district');
    DISTRICTS.forEach(function (d) {
      var o = el('option', null, d[1]);
      o.value = d[0];
      district.appendChild(o);
    });
    if (!DISTRICTS.some(function (d) { return d[0] === state.tenant; })) {
      var other = el('option', null, state.tenant);
      other.value = state.tenant;
      district.appendChild(other);
    }
    district.value = state.tenant;
    district.addEventListener('change', function () {
      state.tenant = district.value;
      var p = new URLSearchParams(location.search);
      p.set('tenant', state.tenant);
      history.replaceState(null, '', '?' + p.toString());
      start();
    });

    var type = $('type'), legend = $('legend');
    TYPES.forEach(function (t) {
      var o = el('option', null, t[1]);
      o.value = t[0];
      type.appendChild(o);
      var item = el('span');
      item.appendChild(el('i', 't-' + t[0]));
      item.appendChild(document.createTextNode(t[1]));
      legend.appendChild(item);
    });
    type.addEventListener('change', function () { state.type = type.value; reload(); });

    $('search').addEventListener('submit', function (ev) {
      ev.preventDefault();
      state.q = $('q').value.trim();
      reload();
    });
    $('q').addEventListener('search', function () {
      if (!$('q').value && state.q) { state.q = ''; reload(); }
    });
    $('near').addEventListener('click', nearMe);
    $('panel-toggle').addEventListener('click', function () {
      var panel = $('panel'), folded = panel.classList.toggle('folded');
      this.setAttribute('aria-expanded', String(!folded));
      state.map.invalidateSize();
    });

    createMap();
    start();
  }

  window.justiceMap = { state: state, focus: focus };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
}());
