/// The inline CSS and JavaScript of the match report page (no external resources).
enum MatchHTMLStyle {
    static let css = """
        body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
        header{padding:12px 24px;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0;z-index:2}
        h1{font-size:20px;margin:0 0 6px}h2{font-size:17px;margin:0 0 10px}h2 small,h3{font-weight:normal;color:#555}
        h3{font-size:13px;margin:0 0 8px;text-transform:none}
        .legend{margin:0;font-size:13px;display:flex;flex-wrap:wrap;gap:10px;align-items:center}
        section.pair{padding:16px 24px;border-bottom:2px solid #ccc;scroll-margin-top:90px}
        .summary{background:#fff;border:1px solid #ddd;border-radius:8px;padding:10px 14px;margin-bottom:12px}
        .lines{display:grid;grid-template-columns:1fr 1fr;gap:16px}.lines p{margin:4px 0;font-weight:600}
        .events{margin:8px 0 0;padding-left:0;list-style:none}
        .event{border-top:1px solid #eee;padding:8px 4px;cursor:pointer}.event .lines p{font-weight:normal}
        .event.hl{background:#fff8d6}.ev-head{font-weight:600;font-size:13px;color:#444}
        .facts{display:flex;flex-wrap:wrap;gap:4px;margin-top:4px}
        .fact{font-size:12px;padding:1px 7px;border-radius:10px;background:#eef}.fact.date{background:#e6f4ea}
        .fact.num{background:#fdebd3}
        .only-list{margin:6px 0 0;padding-left:18px;font-size:13px;color:#444}.only-list li{margin:2px 0}
        .only-list .side-source b{color:#8a4b00}.only-list .side-target b{color:#00587a}
        .chips{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 12px;align-items:center}.chips .label{font-size:13px;color:#555}
        .chip{font:inherit;font-size:13px;border:1px solid #bbb;border-radius:14px;padding:2px 10px;background:#fff;cursor:pointer}
        .chip small{color:#777}.chip.hl{outline:3px solid #f5b400}
        .chip.k-person{border-color:#4a7bd0}.chip.k-organisation{border-color:#3a9a55}.chip.k-place{border-color:#9b59b6}
        .articles{display:grid;grid-template-columns:1fr 1fr;gap:20px}
        .col{background:#fff;border:1px solid #ddd;border-radius:8px;padding:10px 14px;min-width:0}
        .article{white-space:pre-wrap;overflow-wrap:anywhere;max-height:88vh;overflow:auto}
        .st{border-radius:3px;transition:background .15s}
        .st.mt{background:hsl(var(--h),70%,92%);box-shadow:inset 0 -2px hsl(var(--h),60%,60%)}
        .st.rel{background:hsl(var(--h),50%,96%);outline:1px dashed hsl(var(--h),50%,55%)}
        .st.only{background:#f1f1f1;color:#555}
        .st.unc{background:#f6f3e8;color:#555;outline:1px dotted #b9a66b}
        .st.hl{background:hsl(var(--h,50),90%,80%);outline:2px solid hsl(var(--h,50),70%,45%)}
        .st.only.hl{background:#ffe9b3}
        .badge{font-size:10px;font-weight:700;color:#fff;background:hsl(var(--h),55%,45%);border-radius:8px;
          padding:0 5px;margin-right:3px}
        .only-badge{background:#999}.unc-badge{background:#b9a66b}
        mark{background:none;color:inherit;padding:0}
        mark.em{border-bottom:2px solid;font-weight:600}mark.nm{border-bottom:1px dotted #999}
        mark.k-person{border-color:#4a7bd0}mark.k-organisation{border-color:#3a9a55}mark.k-place{border-color:#9b59b6}
        mark.em.hl{background:#ffe27a}
        nav.index{padding:12px 24px;background:#fff;border-bottom:2px solid #ccc}nav.index ol{margin:0;padding-left:22px}
        nav.index li{margin:3px 0;font-size:14px}nav.index .d{color:#555;font-variant-numeric:tabular-nums}
        .card{background:#fff;border:1px solid #bbb;border-radius:8px;padding:10px 14px;margin-bottom:10px}
        .card-head{display:flex;flex-wrap:wrap;gap:16px;font-size:14px;margin-bottom:4px}.card-head .pub{color:#555}
        .lead p{font-size:15px}.thread{margin:6px 0;font-size:13px;color:#444}.nofig{margin:6px 0;font-size:13px;color:#777}
        table.figures{border-collapse:collapse;margin:6px 0;font-size:13px}
        table.figures th,table.figures td{border-bottom:1px solid #eee;padding:2px 10px 2px 0;text-align:left}
        table.figures tr.differ td{color:#a40000;font-weight:600}table.figures tr.agree td:last-child{color:#1d7a33}
        details.background{margin:6px 0;font-size:13px}details.background td:last-child{white-space:nowrap}
        .who{display:flex;flex-direction:column;gap:4px;margin-top:6px}.names{display:flex;flex-wrap:wrap;gap:4px;align-items:center}
        .names .label{font-size:13px;color:#555;width:48px}.fact.only-s{background:#fbe9d6}.fact.only-t{background:#d9eef6}
        details.more{margin:0 0 10px}details.more>summary{cursor:pointer;font-size:14px;color:#333;margin-bottom:6px}
        .src::before{content:"source · ";color:#888;font-weight:normal}.tgt::before{content:"target · ";color:#888;font-weight:normal}
        .unmatched{padding:16px 24px}
        """

    static let script = """
        (function(){
          function same(el,attr){var s=el.closest('section');var v=el.getAttribute('data-'+attr);
            return v===null||!s?[]:s.querySelectorAll('[data-'+attr+'="'+v+'"]');}
          function mark(el,on){['m','e','ev'].forEach(function(a){same(el,a).forEach(function(x){x.classList.toggle('hl',on);});});}
          document.querySelectorAll('[data-m],[data-e],[data-ev]').forEach(function(el){
            el.addEventListener('mouseenter',function(){mark(el,true);});
            el.addEventListener('mouseleave',function(){mark(el,false);});
            el.addEventListener('click',function(ev){ev.stopPropagation();
              var own=el.closest('.col');var s=el.closest('section');if(!s)return;
              s.querySelectorAll('.col').forEach(function(col){if(col===own)return;
                for(var i=0;i<3;i++){var a=['m','e','ev'][i];var v=el.getAttribute('data-'+a);if(v===null)continue;
                  var x=col.querySelector('[data-'+a+'="'+v+'"]');
                  if(x){x.scrollIntoView({block:'center',behavior:'smooth'});break;}}});
            });
          });
        })();
        """
}
