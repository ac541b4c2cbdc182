/*
 * Block Kit and mrkdwn rendered to plain DOM, close enough to Slack's client to use the bot and to judge its
 * messages. No dependencies. BlockKit.render(blocks, ctx) returns an element; ctx carries:
 *   people      [{id, name}] for user selects and mentions; botId, botName
 *   channels    {id: name} for channel mentions
 *   surface     'message' | 'home' | 'modal'
 *   onAction    function(action) called with Slack's action shape when an interactive element is used
 *   errors      {block_id: message} for input blocks (modals)
 *   openChannel function(id) for channel links
 */
(function () {
  'use strict';

  const EMOJI = {
    white_check_mark: '✅', white_large_square: '⬜', warning: '⚠️', tada: '🎉', alarm_clock: '⏰',
    '+1': '👍', thumbsup: '👍', '-1': '👎', thumbsdown: '👎', wave: '👋', bulb: '💡', dart: '🎯', memo: '📝',
    books: '📚', book: '📖', star: '⭐', rocket: '🚀', chart_with_upwards_trend: '📈', calendar: '📅',
    point_right: '👉', sparkles: '✨', mag: '🔍', briefcase: '💼', moneybag: '💰', busts_in_silhouette: '👥',
    compass: '🧭', clipboard: '📋', heavy_check_mark: '✔️', x: '❌', seedling: '🌱', muscle: '💪',
    speech_balloon: '💬', information_source: 'ℹ️', hourglass: '⏳', lock: '🔒', wastebasket: '🗑️',
    eyes: '👀', thinking_face: '🤔', smile: '😄', slightly_smiling_face: '🙂', raised_hands: '🙌',
    arrow_right: '➡️', arrows_counterclockwise: '🔄', pushpin: '📌', trophy: '🏆', hammer_and_wrench: '🛠️'
  };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function escapeHtml(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  /** Slack escapes only &, < and > in message text. */
  function decodeSlack(s) {
    return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }

  function emojify(html) {
    return html.replace(/:([a-z0-9_+\-]+):/g, (m, name) => EMOJI[name] || m);
  }

  function nameOf(id, ctx) {
    if (id === ctx.botId) return ctx.botName;
    const p = (ctx.people || []).find(x => x.id === id);
    return p ? p.name : id;
  }

  /** One <…> token of Slack's markup, as HTML. */
  function token(inner, ctx) {
    const [target, label] = splitOnce(inner, '|');
    if (target.startsWith('@')) {
      const id = target.slice(1);
      return '<span class="mention' + (id === ctx.me ? ' me' : '') + '" data-user="' + escapeHtml(id) + '">@'
        + escapeHtml(label || nameOf(id, ctx)) + '</span>';
    }
    if (target.startsWith('#')) {
      const id = target.slice(1);
      const name = label || (ctx.channels && ctx.channels[id]) || id;
      return '<a href="#' + escapeHtml(id) + '" class="channel-link" data-channel="' + escapeHtml(id) + '">#'
        + escapeHtml(name) + '</a>';
    }
    if (target.startsWith('!')) {
      const special = target.slice(1).split('^')[0];
      if (special.startsWith('date')) return escapeHtml(label || special);
      return '<span class="mention">@' + escapeHtml(label || special) + '</span>';
    }
    const url = decodeSlack(target);
    const safe = /^(https?:|mailto:|\/)/i.test(url) ? url : '#';
    const internal = safe.startsWith('/');
    return '<a href="' + escapeHtml(safe) + '"' + (internal ? '' : ' target="_blank" rel="noopener noreferrer"')
      + '>' + escapeHtml(decodeSlack(label || url)) + '</a>';
  }

  function splitOnce(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s, null] : [s.slice(0, i), s.slice(i + 1)];
  }

  /** Bold, italics, strikethrough on escaped HTML text (word-bounded, as Slack does). */
  function inline(html) {
    html = html.replace(/(^|[^\w*])\*(?!\s)([^*\n]*?[^\s*])\*(?![\w*])/g, '$1<b>$2</b>');
    html = html.replace(/(^|[^\w_])_(?!\s)([^_\n]*?[^\s_])_(?![\w_])/g, '$1<i>$2</i>');
    html = html.replace(/(^|[^\w~])~(?!\s)([^~\n]*?[^\s~])~(?![\w~])/g, '$1<s>$2</s>');
    return html;
  }

  /** Slack mrkdwn to HTML: code, links, mentions, emphasis, quotes and list lines. */
  function mrkdwn(text, ctx) {
    const held = [];
    const hold = html => '\u0000' + (held.push(html) - 1) + '\u0000';
    let s = String(text || '');
    s = s.replace(/```([\s\S]*?)```/g, (m, code) => hold('<pre class="code-block">'
      + escapeHtml(decodeSlack(code.replace(/^\n/, ''))) + '</pre>'));
    s = s.replace(/<([^<>\n]+)>/g, (m, inner) => hold(token(inner, ctx)));
    s = s.replace(/`([^`\n]+)`/g, (m, code) => hold('<code>' + escapeHtml(decodeSlack(code)) + '</code>'));
    let html = emojify(inline(escapeHtml(decodeSlack(s))));
    const lines = html.split('\n').map(line => {
      const quote = /^&gt; ?(.*)$/.exec(line);
      if (quote) return '<div class="quote">' + (quote[1] || '&nbsp;') + '</div>';
      const item = /^(\s*)(•|◦|▪|-|\d+\.)\s+(.*)$/.exec(line);
      if (item) {
        const spaces = Math.floor(item[1].length / 2);
        const depth = Math.min(4, item[2] === '◦' ? Math.max(1, spaces) : spaces);
        const mark = item[2] === '-' ? '•' : item[2];
        return '<div class="li" style="--depth:' + depth + '"><span class="mark">' + mark + '</span><span>'
          + item[3] + '</span></div>';
      }
      return '<div class="line">' + (line.length ? line : '&nbsp;') + '</div>';
    });
    html = lines.join('');
    return html.replace(/\u0000(\d+)\u0000/g, (m, i) => held[Number(i)]);
  }

  /** A text object: mrkdwn or plain_text. */
  function textEl(obj, ctx, tag, cls) {
    const e = el(tag || 'div', 'bk-text ' + (cls || ''));
    if (!obj) return e;
    if (obj.type === 'mrkdwn') {
      e.innerHTML = mrkdwn(obj.text, ctx);
    } else {
      e.innerHTML = obj.emoji === false ? escapeHtml(obj.text || '') : emojify(escapeHtml(obj.text || ''));
    }
    wireLinks(e, ctx);
    return e;
  }

  function plain(obj) {
    if (!obj) return '';
    return obj.type === 'mrkdwn' ? decodeSlack(obj.text || '').replace(/[*_~`]/g, '') : (obj.text || '');
  }

  function wireLinks(root, ctx) {
    root.querySelectorAll('a.channel-link').forEach(a => a.addEventListener('click', ev => {
      ev.preventDefault();
      if (ctx.openChannel) ctx.openChannel(a.dataset.channel);
    }));
  }

  function optionJson(o) {
    const out = { text: o.text, value: o.value };
    if (o.description) out.description = o.description;
    return out;
  }

  function allOptions(element) {
    if (element.options) return element.options;
    if (element.option_groups) return element.option_groups.flatMap(g => g.options || []);
    return [];
  }

  function sameOption(a, b) {
    return a && b && a.value === b.value;
  }

  /** Asks first when the element carries a confirm object, as Slack does. */
  function confirmThen(element, ctx, go) {
    if (!element.confirm || !ctx.confirm) {
      go();
      return;
    }
    ctx.confirm(element.confirm, go);
  }

  // ---- interactive elements. Each returns a DOM element; read(e) gives the input's state value.

  function button(element, block, ctx) {
    const b = el('button', 'bk-btn' + (element.style ? ' ' + element.style : ''));
    b.type = 'button';
    b.innerHTML = emojify(escapeHtml(plain(element.text)));
    b.dataset.actionId = element.action_id || '';
    b.addEventListener('click', () => confirmThen(element, ctx, () => {
      if (element.url) window.open(element.url, '_blank', 'noopener');
      const action = {
        type: 'button', action_id: element.action_id, block_id: block.block_id, text: element.text
      };
      if (element.value !== undefined) action.value = element.value;
      if (element.style) action.style = element.style;
      ctx.onAction && ctx.onAction(action);
    }));
    return b;
  }

  function staticSelect(element, block, ctx, input) {
    const s = el('select', 'bk-select');
    s.dataset.actionId = element.action_id || '';
    const ph = el('option', null, plain(element.placeholder) || 'Select an item');
    ph.value = '';
    s.appendChild(ph);
    const add = (parent, o) => {
      const opt = el('option', null, plain(o.text));
      opt.value = o.value;
      if (sameOption(o, element.initial_option)) opt.selected = true;
      parent.appendChild(opt);
    };
    if (element.option_groups) {
      element.option_groups.forEach(g => {
        const group = el('optgroup');
        group.label = plain(g.label);
        (g.options || []).forEach(o => add(group, o));
        s.appendChild(group);
      });
    } else {
      (element.options || []).forEach(o => add(s, o));
    }
    if (element.type === 'external_select' && ctx.suggest) {
      // As Slack: the options come from the app (block_suggestion) when the menu is opened.
      let loaded = false;
      const load = () => {
        if (loaded) return;
        loaded = true;
        ctx.suggest({ action_id: element.action_id, block_id: block.block_id, value: '' }).then(options => {
          element.options = options || [];
          (element.options).filter(o => !sameOption(o, element.initial_option)).forEach(o => add(s, o));
        });
      };
      s.addEventListener('focus', load);
      s.addEventListener('mousedown', load);
      if (element.initial_option) add(s, element.initial_option);
    }
    const selected = () => allOptions(element).find(o => o.value === s.value) || null;
    if (!input) {
      s.addEventListener('change', () => {
        const chosen = selected();
        if (!chosen) return;
        confirmThen(element, ctx, () => ctx.onAction && ctx.onAction({
          type: 'static_select', action_id: element.action_id, block_id: block.block_id,
          selected_option: optionJson(chosen)
        }));
      });
    }
    s.read = () => ({ type: 'static_select', selected_option: selected() ? optionJson(selected()) : null });
    return s;
  }

  function usersSelect(element, block, ctx, input) {
    const s = el('select', 'bk-select');
    s.dataset.actionId = element.action_id || '';
    const ph = el('option', null, plain(element.placeholder) || 'Select a person');
    ph.value = '';
    s.appendChild(ph);
    (ctx.people || []).forEach(p => {
      const opt = el('option', null, p.name);
      opt.value = p.id;
      if (p.id === element.initial_user) opt.selected = true;
      s.appendChild(opt);
    });
    if (!input) {
      s.addEventListener('change', () => {
        if (!s.value) return;
        ctx.onAction && ctx.onAction({
          type: 'users_select', action_id: element.action_id, block_id: block.block_id, selected_user: s.value
        });
      });
    }
    s.read = () => ({ type: 'users_select', selected_user: s.value || null });
    return s;
  }

  function multiSelect(element, block, ctx, input) {
    const users = element.type === 'multi_users_select';
    const s = el('select', 'bk-select multi');
    s.multiple = true;
    s.dataset.actionId = element.action_id || '';
    const options = users ? (ctx.people || []).map(p => ({ value: p.id, text: { type: 'plain_text', text: p.name } }))
      : allOptions(element);
    const initial = users ? (element.initial_users || []) : (element.initial_options || []).map(o => o.value);
    options.forEach(o => {
      const opt = el('option', null, plain(o.text));
      opt.value = o.value;
      opt.selected = initial.includes(o.value);
      s.appendChild(opt);
    });
    const read = () => {
      const values = Array.from(s.selectedOptions).map(o => o.value);
      return users ? { type: element.type, selected_users: values }
        : { type: element.type, selected_options: options.filter(o => values.includes(o.value)).map(optionJson) };
    };
    if (!input) {
      s.addEventListener('change', () => ctx.onAction && ctx.onAction(Object.assign(
        { action_id: element.action_id, block_id: block.block_id }, read())));
    }
    s.read = read;
    return s;
  }

  function overflow(element, block, ctx) {
    const wrap = el('div', 'bk-overflow');
    const b = el('button', 'bk-btn overflow-btn', '⋯');
    b.type = 'button';
    b.title = 'More actions';
    b.dataset.actionId = element.action_id || '';
    const menu = el('div', 'overflow-menu');
    menu.hidden = true;
    (element.options || []).forEach(o => {
      const item = el('button', 'overflow-item', plain(o.text));
      item.type = 'button';
      item.addEventListener('click', () => {
        menu.hidden = true;
        if (o.url) window.open(o.url, '_blank', 'noopener');
        confirmThen(element, ctx, () => ctx.onAction && ctx.onAction({
          type: 'overflow', action_id: element.action_id, block_id: block.block_id, selected_option: optionJson(o)
        }));
      });
      menu.appendChild(item);
    });
    b.addEventListener('click', () => { menu.hidden = !menu.hidden; });
    wrap.append(b, menu);
    return wrap;
  }

  function checkboxes(element, block, ctx, input) {
    const wrap = el('div', 'bk-checkboxes');
    wrap.dataset.actionId = element.action_id || '';
    const boxes = [];
    (element.options || []).forEach(o => {
      const label = el('label', 'bk-check');
      const box = el('input');
      box.type = 'checkbox';
      box.value = o.value;
      box.checked = (element.initial_options || []).some(i => sameOption(i, o));
      boxes.push([box, o]);
      const body = el('span', 'bk-check-body');
      body.appendChild(textEl(o.text, ctx, 'span', 'bk-check-text'));
      if (o.description) body.appendChild(textEl(o.description, ctx, 'span', 'bk-check-desc'));
      label.append(box, body);
      wrap.appendChild(label);
    });
    const selected = () => boxes.filter(([b]) => b.checked).map(([, o]) => optionJson(o));
    if (!input) {
      boxes.forEach(([box]) => box.addEventListener('change', () => ctx.onAction && ctx.onAction({
        type: 'checkboxes', action_id: element.action_id, block_id: block.block_id, selected_options: selected()
      })));
    }
    wrap.read = () => ({ type: 'checkboxes', selected_options: selected() });
    return wrap;
  }

  function radios(element, block, ctx, input) {
    const wrap = el('div', 'bk-checkboxes');
    const name = 'r' + Math.random().toString(36).slice(2);
    const radios = [];
    (element.options || []).forEach(o => {
      const label = el('label', 'bk-check');
      const r = el('input');
      r.type = 'radio';
      r.name = name;
      r.value = o.value;
      r.checked = sameOption(element.initial_option, o);
      radios.push([r, o]);
      label.append(r, textEl(o.text, ctx, 'span', 'bk-check-text'));
      wrap.appendChild(label);
    });
    const selected = () => { const hit = radios.find(([r]) => r.checked); return hit ? optionJson(hit[1]) : null; };
    if (!input) {
      radios.forEach(([r]) => r.addEventListener('change', () => ctx.onAction && ctx.onAction({
        type: 'radio_buttons', action_id: element.action_id, block_id: block.block_id, selected_option: selected()
      })));
    }
    wrap.read = () => ({ type: 'radio_buttons', selected_option: selected() });
    return wrap;
  }

  function datepicker(element, block, ctx, input) {
    const d = el('input', 'bk-date');
    d.type = 'date';
    d.dataset.actionId = element.action_id || '';
    if (element.initial_date) d.value = element.initial_date;
    if (!input) {
      d.addEventListener('change', () => d.value && ctx.onAction && ctx.onAction({
        type: 'datepicker', action_id: element.action_id, block_id: block.block_id, selected_date: d.value
      }));
    }
    d.read = () => ({ type: 'datepicker', selected_date: d.value || null });
    return d;
  }

  function textInput(element) {
    const t = element.multiline ? el('textarea', 'bk-input') : el('input', 'bk-input');
    if (!element.multiline) t.type = 'text';
    if (element.multiline) t.rows = 4;
    t.dataset.actionId = element.action_id || '';
    if (element.placeholder) t.placeholder = plain(element.placeholder);
    if (element.initial_value) t.value = element.initial_value;
    if (element.max_length) t.maxLength = element.max_length;
    t.read = () => ({ type: 'plain_text_input', value: t.value === '' ? null : t.value });
    return t;
  }

  function imageEl(element, cls, ctx) {
    const img = el('img', cls || 'bk-image-el');
    if (element.slack_file && element.slack_file.id) {
      // A file the bot uploaded: the playground serves it to whoever may see it, as Slack does.
      img.src = '/playground/files/' + encodeURIComponent(element.slack_file.id)
        + '?as=' + encodeURIComponent((ctx && ctx.me) || '');
    } else {
      img.src = element.image_url || element.url || '';
    }
    img.alt = element.alt_text || '';
    return img;
  }

  function element(element, block, ctx, input) {
    switch (element.type) {
      case 'button': return button(element, block, ctx);
      case 'static_select': case 'external_select': return staticSelect(element, block, ctx, input);
      case 'users_select': return usersSelect(element, block, ctx, input);
      case 'multi_static_select': case 'multi_users_select': return multiSelect(element, block, ctx, input);
      case 'overflow': return overflow(element, block, ctx);
      case 'checkboxes': return checkboxes(element, block, ctx, input);
      case 'radio_buttons': return radios(element, block, ctx, input);
      case 'datepicker': return datepicker(element, block, ctx, input);
      case 'plain_text_input': return textInput(element);
      case 'image': return imageEl(element);
      default: return el('span', 'bk-unsupported', '[' + element.type + ']');
    }
  }

  // ---- blocks

  function section(block, ctx) {
    const e = el('div', 'bk-section');
    const main = el('div', 'bk-section-main');
    if (block.text) main.appendChild(textEl(block.text, ctx));
    if (block.fields && block.fields.length) {
      const fields = el('div', 'bk-fields');
      block.fields.forEach(f => fields.appendChild(textEl(f, ctx, 'div', 'bk-field')));
      main.appendChild(fields);
    }
    e.appendChild(main);
    if (block.accessory) {
      const acc = el('div', 'bk-accessory');
      acc.appendChild(block.accessory.type === 'image' ? imageEl(block.accessory, 'bk-accessory-image')
        : element(block.accessory, block, ctx, false));
      e.appendChild(acc);
    }
    return e;
  }

  function context(block, ctx) {
    const e = el('div', 'bk-context');
    (block.elements || []).forEach(x => e.appendChild(x.type === 'image' ? imageEl(x, 'bk-context-image')
      : textEl(x, ctx, 'span')));
    return e;
  }

  function actions(block, ctx) {
    const e = el('div', 'bk-actions');
    (block.elements || []).forEach(x => e.appendChild(element(x, block, ctx, false)));
    return e;
  }

  function input(block, ctx) {
    const e = el('div', 'bk-input-block');
    const label = el('label', 'bk-label');
    label.innerHTML = emojify(escapeHtml(plain(block.label)));
    if (block.optional) label.appendChild(el('span', 'bk-optional', ' (optional)'));
    e.appendChild(label);
    const field = element(block.element || {}, block, ctx, !block.dispatch_action);
    field.classList.add('bk-field-input');
    e.appendChild(field);
    e.read = () => {
      const value = field.read ? field.read() : {};
      return [block.block_id, block.element.action_id, value];
    };
    if (block.hint) e.appendChild(textEl(block.hint, ctx, 'div', 'bk-hint'));
    const error = ctx.errors && ctx.errors[block.block_id];
    if (error) {
      e.classList.add('has-error');
      e.appendChild(el('div', 'bk-error', error));
    }
    return e;
  }

  function image(block, ctx) {
    const f = el('figure', 'bk-image');
    if (block.title) f.appendChild(textEl(block.title, ctx, 'figcaption'));
    f.appendChild(imageEl(block, 'bk-image-img', ctx));
    return f;
  }

  function richText(block) {
    const flatten = x => x.text || (x.elements || []).map(flatten).join('') || (x.type === 'user' ? '@' + x.user_id : '');
    return el('div', 'bk-section', (block.elements || []).map(flatten).join('\n'));
  }

  function block(b, ctx, index) {
    if (!b.block_id) b = Object.assign({ block_id: 'b' + index }, b);
    let e;
    switch (b.type) {
      case 'header': e = textEl(b.text, ctx, 'div', 'bk-header'); break;
      case 'section': e = section(b, ctx); break;
      case 'context': e = context(b, ctx); break;
      case 'divider': e = el('hr', 'bk-divider'); break;
      case 'image': e = image(b, ctx); break;
      case 'actions': e = actions(b, ctx); break;
      case 'input': e = input(b, ctx); break;
      case 'rich_text': e = richText(b); break;
      default: e = el('div', 'bk-unsupported', 'Unsupported block: ' + b.type);
    }
    e.classList.add('bk-block');
    e.dataset.blockId = b.block_id;
    e.dataset.blockType = b.type;
    return e;
  }

  function render(blocks, ctx) {
    const root = el('div', 'bk');
    (blocks || []).forEach((b, i) => root.appendChild(block(b, ctx, i)));
    return root;
  }

  /** Slack's view.state.values from the input blocks under root. */
  function stateValues(root) {
    const values = {};
    root.querySelectorAll('.bk-input-block').forEach(e => {
      if (!e.read) return;
      const [blockId, actionId, value] = e.read();
      values[blockId] = values[blockId] || {};
      values[blockId][actionId] = value;
    });
    return values;
  }

  window.BlockKit = { render, mrkdwn, stateValues, plain, emojify, escapeHtml };
})();
