/*
 * The playground page: a small Slack client. It shows what the server's stand-in for Slack holds for the person
 * acted as, and turns what they do into requests the server sends the bot as Slack would. Updates arrive as
 * server-sent events; the page then fetches the person's view of the workspace again.
 */
(function () {
  'use strict';

  const $ = id => document.getElementById(id);
  const ui = {
    as: $('as'), who: $('who'), nav: $('nav'), title: $('title'), subtitle: $('subtitle'), tabs: $('tabs'),
    messages: $('messages'), home: $('home'), composer: $('composer'), input: $('input'), reset: $('reset'),
    modalRoot: $('modal-root'), dialogRoot: $('dialog-root'), status: $('status'), menu: $('menu'),
    thread: $('thread-note'), sidebar: $('sidebar'), workflows: $('workflows'),
    assistant: $('assistant'), assistantOpen: $('assistant-open'), assistantTitle: $('assistant-title'),
    assistantMessages: $('assistant-messages'), assistantPrompts: $('assistant-prompts'),
    assistantStatus: $('assistant-status'), assistantComposer: $('assistant-composer'),
    assistantInput: $('assistant-input')
  };

  let state = null;
  let me = localStorage.getItem('playground.as') || null;
  let current = null;            // {kind: 'channel' | 'im' | 'home', id}
  let threadTs = null;           // replying in this thread
  let fetching = null;
  let wanted = 0;
  const history = JSON.parse(localStorage.getItem('playground.history') || '[]');
  let historyIndex = -1;
  const rendered = new Map();    // message key -> {sig, node}
  const force = new Set();       // message keys to draw again from the server's state
  const seen = {};               // conversation id -> count of messages seen
  let modalSig = null;
  let homeSig = null;
  let errorsSig = null;
  let paneOpen = false;          // the assistant view is shown
  let paneThread = null;         // its thread's ts; null: the newest thread of the person
  let paneSig = null;

  // The server answers only requests carrying the token of a page it served (see PageGuard).
  const token = document.querySelector('meta[name="playground-token"]').content;

  function post(path, body) {
    setBusy(true);
    return fetch('/playground/' + path, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Playground-Token': token },
      body: JSON.stringify(body)
    }).then(r => r.json().catch(() => ({ ok: false, error: 'HTTP ' + r.status })))
      .then(answer => {
        if (!answer.ok) toast(answer.error || 'That did not work');
        return answer;
      })
      .catch(e => { toast('The playground server did not answer: ' + e.message); return { ok: false }; })
      .finally(() => { setBusy(false); refresh(); });
  }

  let busy = 0;
  function setBusy(on) {
    busy += on ? 1 : -1;
    document.body.classList.toggle('busy', busy > 0);
  }

  function toast(text) {
    const t = document.createElement('div');
    t.className = 'toast';
    t.textContent = text;
    document.body.appendChild(t);
    setTimeout(() => t.remove(), 3000);
  }

  function refresh() {
    if (fetching) { wanted++; return fetching; }
    fetching = fetch('/playground/state?as=' + encodeURIComponent(me || ''),
      { headers: { 'X-Playground-Token': token } })
      .then(r => r.ok ? r.json() : r.json().then(refused => {
        toast(refused.error || 'HTTP ' + r.status);
        throw new Error(refused.error);
      }))
      .then(s => {
        // An answer fetched for the person acted as before a switch is stale: fetch again.
        if (state && s.me !== me) { wanted++; return; }
        state = s;
        me = s.me;
        draw();
      })
      .catch(() => {})
      .finally(() => {
        fetching = null;
        if (wanted) { wanted = 0; refresh(); }
      });
    return fetching;
  }

  function ctxFor(surface, where, extra) {
    const channels = {};
    (state.conversations || []).forEach(c => { if (c.kind === 'channel') channels[c.id] = c.name; });
    return Object.assign({
      people: state.people, botId: state.bot.id, botName: state.bot.name, me, channels, surface,
      openChannel: id => open({ kind: 'channel', id }),
      confirm: confirmDialog,
      suggest: asked => fetch('/playground/suggest', {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Playground-Token': token },
        body: JSON.stringify({ as: me, where, action: asked })
      }).then(r => r.json()).then(answer => answer.ok ? answer.options : []).catch(() => []),
      onAction: action => {
        if (where.kind === 'message') force.add(where.channel + '/' + where.ts);
        const body = { as: me, where, action };
        if (where.kind === 'modal') body.where = Object.assign({}, where, { values: BlockKit.stateValues(ui.modalRoot) });
        post('action', body);
      }
    }, extra || {});
  }

  // ---- drawing

  function draw() {
    drawPeople();
    if (!current || !conversation(current.id) && current.kind !== 'home' && current.kind !== 'workflows') current = { kind: 'im', id: dmId() };
    drawNav();
    drawHeader();
    ui.workflows.hidden = current.kind !== 'workflows';
    if (current.kind === 'home') {
      ui.messages.hidden = true;
      ui.composer.hidden = true;
      ui.home.hidden = false;
      drawHome();
    } else if (current.kind === 'workflows') {
      ui.messages.hidden = true;
      ui.composer.hidden = true;
      ui.home.hidden = true;
      drawWorkflows();
    } else {
      ui.messages.hidden = false;
      ui.composer.hidden = false;
      ui.home.hidden = true;
      drawMessages();
    }
    drawAssistant();
    drawModal();
  }

  // ---- the assistant view

  function paneThreadNow() {
    const threads = (state && state.assistant) || [];
    if (!paneOpen || !threads.length || paneThread === '(new)') return null;
    return threads.find(t => t.threadTs === paneThread) || threads[threads.length - 1];
  }

  function drawAssistant() {
    ui.assistant.hidden = !paneOpen;
    ui.assistantOpen.classList.toggle('on', paneOpen);
    const t = paneThreadNow();
    const sig = JSON.stringify([me, paneOpen, t]);
    if (sig === paneSig) return;
    paneSig = sig;
    if (!t) {
      ui.assistantTitle.textContent = '';
      ui.assistantMessages.replaceChildren();
      ui.assistantPrompts.replaceChildren();
      ui.assistantStatus.textContent = '';
      return;
    }
    paneThread = t.threadTs;
    ui.assistantTitle.textContent = t.title || 'New chat';
    ui.assistantMessages.replaceChildren(...t.messages.map(m => messageNode(m, t.channel)));
    ui.assistantMessages.scrollTop = ui.assistantMessages.scrollHeight;
    const asked = t.messages.some(m => m.user === me);
    const prompts = [];
    if (!asked && t.prompts.length) {
      const title = document.createElement('div');
      title.className = 'prompts-title';
      title.textContent = t.promptsTitle || 'Suggested';
      prompts.push(title);
      t.prompts.forEach(p => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'assistant-prompt';
        b.textContent = p.title;
        b.title = p.message;
        b.addEventListener('click', () => sendInPane(p.message));
        prompts.push(b);
      });
    }
    ui.assistantPrompts.replaceChildren(...prompts);
    ui.assistantStatus.textContent = t.status ? state.bot.name + ' ' + t.status : '';
  }

  function viewing() {
    return current && current.kind === 'channel' ? current.id : '';
  }

  function openAssistant(fresh) {
    paneOpen = true;
    paneSig = null;
    const threads = (state && state.assistant) || [];
    if (fresh || !threads.length) {
      paneThread = '(new)';
      post('assistant', { as: me, viewing: viewing() }).then(() => { paneThread = null; paneSig = null; refresh(); });
    }
    draw();
    ui.assistantInput.focus();
  }

  function sendInPane(text) {
    const t = paneThreadNow();
    if (!text.trim() || !t) return;
    post('send', { as: me, channel: t.channel, text, threadTs: t.threadTs });
  }

  ui.assistantOpen.addEventListener('click', () => {
    if (paneOpen) { paneOpen = false; draw(); } else openAssistant(false);
  });
  $('assistant-close').addEventListener('click', () => { paneOpen = false; draw(); });
  $('assistant-new').addEventListener('click', () => openAssistant(true));
  ui.assistantComposer.addEventListener('submit', ev => {
    ev.preventDefault();
    sendInPane(ui.assistantInput.value);
    ui.assistantInput.value = '';
  });
  ui.assistantInput.addEventListener('keydown', ev => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      sendInPane(ui.assistantInput.value);
      ui.assistantInput.value = '';
    }
  });

  function dmId() {
    const dm = state.conversations.find(c => c.kind === 'im');
    return dm ? dm.id : state.conversations[0].id;
  }

  function conversation(id) {
    return state.conversations.find(c => c.id === id);
  }

  function person(id) {
    return state.people.find(p => p.id === id);
  }

  function drawPeople() {
    if (ui.as.options.length !== state.people.length) {
      ui.as.innerHTML = '';
      state.people.forEach(p => {
        const o = document.createElement('option');
        o.value = p.id;
        o.textContent = p.name;
        ui.as.appendChild(o);
      });
    }
    ui.as.value = me;
    const p = person(me);
    ui.who.textContent = p ? p.title : '';
  }

  let navSig = null;
  function drawNav() {
    const unreadNow = state.conversations.map(c => unread(c.id));
    const sig = JSON.stringify([me, current, state.conversations, unreadNow]);
    if (sig === navSig) return;
    navSig = sig;
    ui.nav.innerHTML = '';
    const heading = text => { const h = document.createElement('div'); h.className = 'nav-heading'; h.textContent = text; ui.nav.appendChild(h); };
    const item = (label, target, extra) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'nav-item' + (current.kind === target.kind && current.id === target.id ? ' active' : '');
      b.dataset.conv = target.kind === 'home' || target.kind === 'workflows' ? target.kind : target.id;
      b.innerHTML = '<span class="nav-label"></span>';
      b.firstChild.textContent = label;
      if (extra) {
        const x = document.createElement('span');
        x.className = 'nav-extra';
        x.textContent = extra;
        b.appendChild(x);
      }
      const count = target.kind === 'home' || target.kind === 'workflows' ? 0 : unread(target.id);
      if (count > 0) {
        const badge = document.createElement('span');
        badge.className = 'unread';
        badge.textContent = count;
        b.appendChild(badge);
      }
      b.addEventListener('click', () => open(target));
      ui.nav.appendChild(b);
    };
    heading('Channels');
    state.conversations.filter(c => c.kind === 'channel')
      .forEach(c => item('# ' + c.name, { kind: 'channel', id: c.id }, c.botMember ? '' : 'coach not here'));
    heading('Career Coach app');
    item('Home', { kind: 'home', id: 'home' });
    item('Messages', { kind: 'im', id: dmId() });
    heading('Workflow Builder');
    item('Workflows', { kind: 'workflows', id: 'workflows' });
  }

  function visible(id) {
    return (state.messages[id] || []);
  }

  function unread(id) {
    const list = visible(id).filter(m => m.user !== me);
    if (current && current.id === id) { seen[id] = list.length; return 0; }
    if (seen[id] === undefined) { seen[id] = list.length; return 0; }
    return Math.max(0, list.length - seen[id]);
  }

  let headerSig = null;
  function drawHeader() {
    const sig = JSON.stringify([me, current, state.conversations]);
    if (sig === headerSig) return;
    headerSig = sig;
    ui.tabs.innerHTML = '';
    if (current.kind === 'workflows') {
      ui.title.textContent = 'Workflows';
      ui.subtitle.textContent = 'Run Career Coach\'s workflow steps as ' + (person(me) ? person(me).name : me)
        + ' — the bot gets function_executed as from Workflow Builder';
    } else if (current.kind === 'channel') {
      const c = conversation(current.id);
      ui.title.textContent = '# ' + c.name;
      ui.subtitle.textContent = c.botMember ? 'Career Coach is a member of this channel'
        : 'Career Coach is not in this channel — /invite @Career Coach adds it';
    } else {
      ui.title.textContent = 'Career Coach';
      ui.subtitle.textContent = 'The app, as ' + (person(me) ? person(me).name : me) + ' sees it';
      [['home', 'Home'], ['im', 'Messages']].forEach(([kind, label]) => {
        const t = document.createElement('button');
        t.type = 'button';
        t.className = 'tab' + (current.kind === kind ? ' active' : '');
        t.dataset.tab = kind;
        t.textContent = label;
        t.addEventListener('click', () => open(kind === 'home' ? { kind: 'home', id: 'home' } : { kind: 'im', id: dmId() }));
        ui.tabs.appendChild(t);
      });
    }
    const conv = current.kind === 'home' ? null : conversation(current.id);
    ui.input.placeholder = !conv ? '' : conv.kind === 'im'
      ? 'Message Career Coach — ask a question, or try /career help'
      : 'Message #' + conv.name + ' — try /career skills, or @Career Coach and a question';
  }

  function timeOf(ts) {
    const d = new Date(Number(ts.split('.')[0]) * 1000);
    return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function initials(name) {
    return name.split(/\s+/).map(w => w[0]).join('').slice(0, 2).toUpperCase();
  }

  function messageNode(m, channel) {
    const node = document.createElement('article');
    node.className = 'msg' + (m.ephemeral ? ' ephemeral' : '') + (m.bot ? ' from-bot' : '')
      + (m.threadTs && m.threadTs !== m.ts ? ' reply' : '');
    node.dataset.ts = m.ts;
    node.id = 'msg-' + channel + '-' + m.ts;
    const avatar = document.createElement('div');
    avatar.className = 'avatar ' + (m.user === state.bot.id ? 'bot' : m.user === 'USLACKBOT' ? 'slackbot' : 'person p-' + m.user);
    avatar.textContent = m.user === 'USLACKBOT' ? 'S' : initials(m.userName);
    const body = document.createElement('div');
    body.className = 'msg-body';
    const head = document.createElement('div');
    head.className = 'msg-head';
    head.innerHTML = '<span class="author"></span>' + (m.bot ? '<span class="app-badge">APP</span>' : '')
      + '<time></time>' + (m.edited ? '<span class="edited">(edited)</span>' : '');
    head.querySelector('.author').textContent = m.userName;
    head.querySelector('time').textContent = timeOf(m.ts);
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'json-toggle';
    toggle.textContent = '{ } Block Kit JSON';
    head.appendChild(toggle);
    body.appendChild(head);
    if (m.ephemeral) {
      const only = document.createElement('div');
      only.className = 'only-you';
      only.textContent = 'Only visible to you';
      body.appendChild(only);
    }
    const where = { kind: 'message', channel, ts: m.ts };
    if (m.blocks && m.blocks.length) {
      body.appendChild(BlockKit.render(m.blocks, ctxFor('message', where)));
    } else {
      const t = document.createElement('div');
      t.className = 'bk-text msg-text';
      t.innerHTML = BlockKit.mrkdwn(m.text, ctxFor('message', where));
      body.appendChild(t);
    }
    const json = document.createElement('pre');
    json.className = 'json';
    json.hidden = true;
    json.textContent = JSON.stringify(m.blocks ? { text: m.text, blocks: m.blocks } : { text: m.text }, null, 2);
    toggle.addEventListener('click', () => { json.hidden = !json.hidden; toggle.classList.toggle('on', !json.hidden); });
    body.appendChild(json);
    if (!m.ephemeral && m.user !== 'USLACKBOT' && !(m.threadTs && m.threadTs !== m.ts) && channel.startsWith('C')) {
      const reply = document.createElement('button');
      reply.type = 'button';
      reply.className = 'reply-btn';
      reply.textContent = '↳ Reply in thread';
      reply.addEventListener('click', () => setThread(m.ts));
      body.appendChild(reply);
    }
    node.append(avatar, body);
    return node;
  }

  function drawMessages() {
    const channel = current.id;
    const list = visible(channel);
    const atBottom = ui.messages.scrollHeight - ui.messages.scrollTop - ui.messages.clientHeight < 80;
    const tops = list.filter(m => !m.threadTs || m.threadTs === m.ts);
    const replies = {};
    list.filter(m => m.threadTs && m.threadTs !== m.ts).forEach(m => (replies[m.threadTs] = replies[m.threadTs] || []).push(m));
    const wantedKeys = [];
    const frag = [];
    const place = m => {
      const key = channel + '/' + m.ts;
      const sig = JSON.stringify([m.text, m.blocks, m.edited, m.userName]);
      let entry = rendered.get(key);
      if (!entry || entry.sig !== sig || force.has(key)) {
        entry = { sig, node: messageNode(m, channel) };
        rendered.set(key, entry);
        force.delete(key);
      }
      wantedKeys.push(key);
      return entry.node;
    };
    tops.forEach(m => {
      frag.push(place(m));
      const thread = replies[m.ts];
      if (thread) {
        const box = document.createElement('div');
        box.className = 'thread';
        box.dataset.thread = m.ts;
        const label = document.createElement('div');
        label.className = 'thread-label';
        label.textContent = thread.length + (thread.length === 1 ? ' reply' : ' replies');
        box.appendChild(label);
        thread.forEach(r => box.appendChild(place(r)));
        frag.push(box);
      }
    });
    if (!tops.length) {
      const empty = document.createElement('div');
      empty.className = 'empty';
      empty.textContent = conversation(channel).kind === 'im'
        ? 'This is the start of your conversation with Career Coach. Ask it something, or type /career help.'
        : 'No messages yet. Try /career skills here, or mention @Career Coach with a question.';
      frag.push(empty);
    }
    ui.messages.replaceChildren(...frag);
    for (const key of Array.from(rendered.keys())) {
      if (key.startsWith(channel + '/') && !wantedKeys.includes(key)) rendered.delete(key);
    }
    if (atBottom || ui.messages.dataset.channel !== channel) ui.messages.scrollTop = ui.messages.scrollHeight;
    ui.messages.dataset.channel = channel;
    highlightHash();
  }

  function drawHome() {
    const view = state.home;
    const sig = JSON.stringify([me, view]);
    if (sig === homeSig && ui.home.firstChild) return;
    homeSig = sig;
    ui.home.innerHTML = '';
    if (!view) {
      const e = document.createElement('div');
      e.className = 'empty';
      e.textContent = 'Opening the App Home…';
      ui.home.appendChild(e);
      return;
    }
    ui.home.appendChild(BlockKit.render(view.blocks, ctxFor('home', { kind: 'home' })));
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'json-toggle';
    toggle.textContent = '{ } Block Kit JSON';
    const json = document.createElement('pre');
    json.className = 'json';
    json.hidden = true;
    json.textContent = JSON.stringify(view, null, 2);
    toggle.addEventListener('click', () => { json.hidden = !json.hidden; });
    ui.home.append(toggle, json);
  }

  // ---- workflows: each step of the app's manifest with a small form, and the runs with how the app ended them

  const STEP_TITLES = {
    share_next_step_checklist: 'Share a next-step checklist',
    ask_for_skill_check: 'Ask someone to run a skill check'
  };
  let workflowsBuiltFor = null;
  let runsSig = null;

  function field(form, label, control) {
    const l = document.createElement('label');
    l.className = 'wf-field';
    l.append(label, control);
    form.appendChild(l);
    return control;
  }

  function select(name, options) {
    const s = document.createElement('select');
    s.name = name;
    options.forEach(([value, label]) => {
      const o = document.createElement('option');
      o.value = value;
      o.textContent = label;
      s.appendChild(o);
    });
    return s;
  }

  function stepForm(step, build) {
    const form = document.createElement('form');
    form.className = 'wf-step';
    form.id = 'wf-' + step;
    const h = document.createElement('h2');
    h.textContent = STEP_TITLES[step];
    form.appendChild(h);
    build(form);
    const run = document.createElement('button');
    run.type = 'submit';
    run.className = 'wf-run-step';
    run.textContent = 'Run this step';
    form.appendChild(run);
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const inputs = {};
      Array.from(form.elements).filter(e => e.name).forEach(e => { inputs[e.name] = e.value; });
      post('workflow', { as: me, step, inputs });
    });
    return form;
  }

  function buildWorkflowForms() {
    const people = state.people.map(p => [p.id, p.name]);
    const channels = state.conversations.filter(c => c.kind === 'channel').map(c => [c.id, '# ' + c.name]);
    const due = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);
    const intro = document.createElement('p');
    intro.className = 'wf-intro';
    intro.textContent = 'Each form runs one of the app\'s custom steps as a workflow would: Slack sends the bot'
      + ' function_executed with these inputs, and the run below shows how the bot completed it.'
      + ' “Shared by” is the person who used the workflow: you.';
    const share = stepForm('share_next_step_checklist', form => {
      field(form, 'Person', select('person', people.filter(p => p[0] !== me).concat(people.filter(p => p[0] === me))));
      field(form, 'Channel', select('channel', channels));
      const date = document.createElement('input');
      date.type = 'date';
      date.name = 'due_date';
      date.value = due;
      field(form, 'Due date', date);
      const extra = document.createElement('textarea');
      extra.name = 'extra_items';
      extra.rows = 2;
      extra.placeholder = 'One item a line (optional)';
      field(form, 'Extra items', extra);
    });
    const ask = stepForm('ask_for_skill_check', form => {
      field(form, 'Person', select('person', people.filter(p => p[0] !== me).concat(people.filter(p => p[0] === me))));
      const message = document.createElement('textarea');
      message.name = 'message';
      message.rows = 2;
      message.placeholder = 'A note above the start button (optional)';
      field(form, 'Message', message);
    });
    const runs = document.createElement('div');
    runs.id = 'wf-runs';
    runs.className = 'wf-runs';
    ui.workflows.replaceChildren(intro, share, ask, runs);
  }

  function drawWorkflows() {
    if (workflowsBuiltFor !== me || !ui.workflows.firstChild) {
      workflowsBuiltFor = me;
      runsSig = null;
      buildWorkflowForms();
    }
    const runs = state.workflowRuns || [];
    const sig = JSON.stringify(runs);
    if (sig === runsSig) return;
    runsSig = sig;
    const box = $('wf-runs');
    box.innerHTML = '';
    const h = document.createElement('h2');
    h.textContent = runs.length ? 'Runs' : 'No runs yet';
    box.appendChild(h);
    runs.slice().reverse().forEach(r => {
      const item = document.createElement('div');
      item.className = 'wf-run ' + r.status;
      item.dataset.status = r.status;
      item.dataset.execution = r.id;
      const head = document.createElement('div');
      head.className = 'wf-run-head';
      head.textContent = STEP_TITLES[r.step] + ' · ' + r.id + ' · '
        + (r.status === 'running' ? 'waiting for the app to complete it' : r.status);
      item.appendChild(head);
      const detail = document.createElement('div');
      detail.className = 'wf-run-detail';
      if (r.status === 'failed') {
        detail.textContent = 'functions.completeError: ' + r.error;
      } else if (r.status === 'completed') {
        const out = r.outputs || {};
        detail.textContent = 'functions.completeSuccess: ' + Object.keys(out).map(k => k + ' = '
          + (k === 'started_at' ? new Date(Number(out[k]) * 1000).toLocaleString() : out[k])).join(', ');
      } else {
        detail.textContent = r.step === 'ask_for_skill_check'
          ? 'The person was sent a DM; the step completes when they press start.' : 'Running…';
      }
      item.appendChild(detail);
      box.appendChild(item);
    });
  }

  function drawModal() {
    const modal = state.modal;
    if (!modal) {
      modalSig = null;
      ui.modalRoot.innerHTML = '';
      return;
    }
    const sig = JSON.stringify([modal.id, modal.view]);
    if (sig === modalSig) {
      showModalErrors(modal.errors || {});
      return;
    }
    modalSig = sig;
    const view = modal.view;
    ui.modalRoot.innerHTML = '';
    const overlay = document.createElement('div');
    overlay.className = 'overlay';
    const box = document.createElement('div');
    box.className = 'modal';
    box.setAttribute('role', 'dialog');
    box.dataset.viewId = modal.id;
    box.dataset.callbackId = view.callback_id || '';
    const head = document.createElement('header');
    head.innerHTML = '<h2></h2><button type="button" class="modal-x" aria-label="Close">×</button>';
    head.querySelector('h2').textContent = BlockKit.plain(view.title);
    const body = document.createElement('div');
    body.className = 'modal-body';
    const general = document.createElement('div');
    general.className = 'modal-error';
    general.hidden = true;
    body.appendChild(general);
    body.appendChild(BlockKit.render(view.blocks, ctxFor('modal', { kind: 'modal', viewId: modal.id },
      { errors: modal.errors || {} })));
    const foot = document.createElement('footer');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'bk-btn modal-close';
    close.textContent = view.close ? BlockKit.plain(view.close) : 'Cancel';
    foot.appendChild(close);
    if (view.submit) {
      const submit = document.createElement('button');
      submit.type = 'button';
      submit.className = 'bk-btn primary modal-submit';
      submit.textContent = BlockKit.plain(view.submit);
      submit.addEventListener('click', () => {
        post('submit', { as: me, viewId: modal.id, values: BlockKit.stateValues(body) })
          .then(answer => { if (answer.errors) showModalErrors(answer.errors); });
      });
      foot.appendChild(submit);
    }
    const doClose = () => post('close', { as: me, viewId: modal.id });
    close.addEventListener('click', doClose);
    head.querySelector('.modal-x').addEventListener('click', doClose);
    box.append(head, body, foot);
    overlay.appendChild(box);
    ui.modalRoot.appendChild(overlay);
    showModalErrors(modal.errors || {});
  }

  /** Errors from a submission, under the fields they belong to, without redrawing what was typed. */
  function showModalErrors(errors) {
    ui.modalRoot.querySelectorAll('.bk-input-block').forEach(b => {
      const message = errors[b.dataset.blockId];
      let e = b.querySelector(':scope > .bk-error');
      b.classList.toggle('has-error', !!message);
      if (message) {
        if (!e) { e = document.createElement('div'); e.className = 'bk-error'; b.appendChild(e); }
        e.textContent = message;
      } else if (e) {
        e.remove();
      }
    });
    const sig = JSON.stringify(errors);
    const first = ui.modalRoot.querySelector('.has-error');
    if (first && sig !== errorsSig) first.scrollIntoView({ block: 'nearest' });
    errorsSig = sig;
    const general = ui.modalRoot.querySelector('.modal-error');
    if (general) {
      general.hidden = !errors[''];
      general.textContent = errors[''] || '';
    }
  }

  function confirmDialog(confirm, go) {
    ui.dialogRoot.innerHTML = '';
    const overlay = document.createElement('div');
    overlay.className = 'overlay confirm';
    const box = document.createElement('div');
    box.className = 'modal small';
    box.innerHTML = '<header><h2></h2></header><div class="modal-body"></div><footer>'
      + '<button type="button" class="bk-btn deny"></button><button type="button" class="bk-btn primary ok"></button></footer>';
    box.querySelector('h2').textContent = BlockKit.plain(confirm.title) || 'Are you sure?';
    box.querySelector('.modal-body').innerHTML = confirm.text && confirm.text.type === 'mrkdwn'
      ? BlockKit.mrkdwn(confirm.text.text, ctxFor('modal', {})) : BlockKit.escapeHtml(BlockKit.plain(confirm.text));
    const ok = box.querySelector('.ok');
    ok.textContent = BlockKit.plain(confirm.confirm) || 'Yes';
    if (confirm.style === 'danger') ok.classList.replace('primary', 'danger');
    box.querySelector('.deny').textContent = BlockKit.plain(confirm.deny) || 'Cancel';
    box.querySelector('.deny').addEventListener('click', () => { ui.dialogRoot.innerHTML = ''; });
    ok.addEventListener('click', () => { ui.dialogRoot.innerHTML = ''; go(); });
    overlay.appendChild(box);
    ui.dialogRoot.appendChild(overlay);
  }

  // ---- navigation and composing

  function open(target) {
    const before = viewing();
    current = target;
    const t = paneThreadNow();
    if (t && viewing() !== before) {
      // Slack tells the app which channel is beside its thread.
      post('assistant-context', { as: me, channel: t.channel, threadTs: t.threadTs, viewing: viewing() });
    }
    setThread(null);
    document.body.classList.remove('nav-open');
    if (target.kind === 'home') {
      homeSig = null;
      post('home', { as: me });
    }
    draw();
    if (target.kind !== 'home' && target.kind !== 'workflows') ui.input.focus();
  }

  function setThread(ts) {
    threadTs = ts;
    ui.thread.hidden = !ts;
    if (ts) ui.input.focus();
  }

  function send() {
    const text = ui.input.value;
    if (!text.trim() || !current || current.kind === 'home') return;
    if (history[history.length - 1] !== text) {
      history.push(text);
      if (history.length > 50) history.shift();
      localStorage.setItem('playground.history', JSON.stringify(history));
    }
    historyIndex = -1;
    ui.input.value = '';
    autosize();
    post('send', { as: me, channel: current.id, text, threadTs });
  }

  function autosize() {
    ui.input.style.height = 'auto';
    ui.input.style.height = Math.min(160, ui.input.scrollHeight) + 'px';
  }

  ui.input.addEventListener('keydown', ev => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      send();
    } else if (ev.key === 'ArrowUp' && (ui.input.value === '' || historyIndex >= 0) && history.length) {
      ev.preventDefault();
      historyIndex = historyIndex < 0 ? history.length - 1 : Math.max(0, historyIndex - 1);
      ui.input.value = history[historyIndex];
      autosize();
    } else if (ev.key === 'ArrowDown' && historyIndex >= 0) {
      ev.preventDefault();
      historyIndex++;
      ui.input.value = historyIndex < history.length ? history[historyIndex] : '';
      if (historyIndex >= history.length) historyIndex = -1;
      autosize();
    } else if (ev.key === 'Escape' && threadTs) {
      setThread(null);
    }
  });
  ui.input.addEventListener('input', () => { historyIndex = -1; autosize(); });
  ui.composer.addEventListener('submit', ev => { ev.preventDefault(); send(); });
  $('thread-cancel').addEventListener('click', () => setThread(null));
  ui.as.addEventListener('change', () => {
    me = ui.as.value;
    localStorage.setItem('playground.as', me);
    paneOpen = false;
    paneThread = null;
    rendered.clear();
    homeSig = null;
    modalSig = null;
    Object.keys(seen).forEach(k => delete seen[k]);
    refresh().then(() => { if (current && current.kind === 'home') post('home', { as: me }); });
  });
  ui.reset.addEventListener('click', () => {
    rendered.clear();
    homeSig = null;
    paneThread = null;
    paneSig = null;
    post('reset', {});
  });
  ui.menu.addEventListener('click', () => document.body.classList.toggle('nav-open'));
  document.addEventListener('keydown', ev => {
    if (ev.key !== 'Escape') return;
    if (ui.dialogRoot.firstChild) {
      ui.dialogRoot.innerHTML = '';
    } else if (state && state.modal) {
      post('close', { as: me, viewId: state.modal.id });
    }
  });

  /** Permalinks look like /#C0BACKEND/1700000000.000100: open the channel and show the message. */
  function highlightHash() {
    const m = /^#([CD][A-Z0-9]+)\/(\d+\.\d+)$/.exec(location.hash);
    if (!m || !current || current.id !== m[1]) return;
    const node = document.getElementById('msg-' + m[1] + '-' + m[2]);
    if (node && !node.classList.contains('highlight')) {
      node.classList.add('highlight');
      node.scrollIntoView({ block: 'center' });
    }
  }
  window.addEventListener('hashchange', () => {
    const m = /^#([CD][A-Z0-9]+)/.exec(location.hash);
    if (m && state && conversation(m[1])) open({ kind: conversation(m[1]).kind, id: m[1] });
  });

  const stream = new EventSource('/playground/stream');
  stream.addEventListener('version', ev => {
    if (!state || Number(ev.data) !== state.version) refresh();
  });
  stream.onopen = () => document.body.classList.remove('offline');
  stream.onerror = () => document.body.classList.add('offline');

  refresh().then(() => {
    const m = /^#([CD][A-Z0-9]+)/.exec(location.hash);
    if (m && conversation(m[1])) open({ kind: conversation(m[1]).kind, id: m[1] });
    document.body.classList.add('ready');
  });
})();
